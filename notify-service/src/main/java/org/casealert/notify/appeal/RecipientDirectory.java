package org.casealert.notify.appeal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.transaction.Transactional;

import org.casealert.events.Level;
import org.casealert.notify.config.NotifyConfig;
import org.casealert.notify.delivery.Channel;
import org.jboss.logging.Logger;

/**
 * The default directory of appeal recipients, written once into the database. Real addresses are
 * configuration ({@code notify.directory.<key>.address}); an entry without one stays inactive, so a
 * misconfigured deployment never writes to an institution by accident. Operators edit entries through
 * the API afterwards; seeding never overwrites their changes.
 */
@ApplicationScoped
public class RecipientDirectory {

    private static final Logger LOG = Logger.getLogger(RecipientDirectory.class);

    /**
     * An institution of the default directory, with its name as it writes it in English and as a Korean or Chinese
     * letter addresses it.
     */
    record Entry(String key, String name, String nameKo, String nameZh, Recipient.Kind kind, String language,
            Level minLevel, Recipient.Disclosure disclosure, boolean requiresConsent) {

        String name(String language) {
            return switch (language) {
                case "ko" -> nameKo;
                case "zh" -> nameZh;
                default -> name;
            };
        }
    }

    static final List<Entry> DEFAULTS = List.of(
            new Entry("unhcr-beijing", "UNHCR Beijing", "유엔난민기구 주중국 대표부", "联合国难民署驻华代表处",
                    Recipient.Kind.UNHCR, "en", Level.URGENT, Recipient.Disclosure.FULL, true),
            new Entry("unhcr-geneva", "UNHCR Geneva", "유엔난민기구 제네바 본부", "联合国难民署日内瓦总部", Recipient.Kind.UNHCR,
                    "en", Level.IMMINENT, Recipient.Disclosure.FULL, true),
            new Entry("rok-embassy-beijing", "Embassy of the Republic of Korea in Beijing", "주중국 대한민국 대사관",
                    "大韩民国驻华大使馆", Recipient.Kind.EMBASSY, "ko", Level.URGENT, Recipient.Disclosure.FULL, true),
            new Entry("rok-consulate-shenyang", "Consulate General of the Republic of Korea in Shenyang",
                    "주선양 대한민국 총영사관", "大韩民国驻沈阳总领事馆", Recipient.Kind.EMBASSY, "ko", Level.URGENT,
                    Recipient.Disclosure.FULL, true),
            new Entry("us-embassy-beijing", "Embassy of the United States in Beijing", "주중국 미국 대사관", "美国驻华大使馆",
                    Recipient.Kind.EMBASSY, "en", Level.IMMINENT, Recipient.Disclosure.PSEUDONYMISED, false),
            new Entry("un-sr-dprk", "UN Special Rapporteur on the situation of human rights in the DPRK",
                    "유엔 북한인권 특별보고관", "联合国朝鲜民主主义人民共和国人权状况特别报告员", Recipient.Kind.UN_SPECIAL_PROCEDURE, "en",
                    Level.URGENT, Recipient.Disclosure.FULL, true),
            new Entry("un-wgad", "UN Working Group on Arbitrary Detention", "유엔 자의적 구금에 관한 실무그룹",
                    "联合国任意拘留问题工作组", Recipient.Kind.UN_SPECIAL_PROCEDURE, "en", Level.URGENT,
                    Recipient.Disclosure.FULL, true),
            // after a handover only: a submission on an enforced disappearance
            new Entry("un-wgeid", "UN Working Group on Enforced or Involuntary Disappearances",
                    "유엔 강제적·비자발적 실종에 관한 실무그룹", "联合国强迫或非自愿失踪问题工作组", Recipient.Kind.UN_SPECIAL_PROCEDURE,
                    "en", Level.URGENT, Recipient.Disclosure.FULL, true),
            new Entry("ohchr-seoul", "OHCHR Seoul", "유엔인권최고대표사무소 서울사무소", "联合国人权事务高级专员办事处首尔办事处",
                    Recipient.Kind.UN_SPECIAL_PROCEDURE, "en", Level.URGENT, Recipient.Disclosure.PSEUDONYMISED, false));

    /**
     * The addressee as a letter in {@code language} names it: an institution of the default directory by its name
     * in that language, unless an operator renamed it; any other recipient as an operator wrote its name.
     */
    public static String nameIn(Recipient recipient, String language) {
        return DEFAULTS.stream().filter(entry -> entry.key().equals(recipient.directoryKey)
                && entry.name().equals(recipient.name)).findFirst().map(entry -> entry.name(language))
                .orElse(recipient.name);
    }

    private final NotifyConfig config;
    private final Clock clock;

    RecipientDirectory(NotifyConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    void seed(@Observes Startup startup) {
        Instant now = clock.instant();
        for (Entry entry : DEFAULTS) {
            String address = config.directory().containsKey(entry.key())
                    ? config.directory().get(entry.key()).address().orElse(null)
                    : null;
            Recipient existing = Recipient.find("directoryKey", entry.key()).firstResult();
            if (existing == null) {
                Recipient recipient = new Recipient();
                recipient.id = UUID.randomUUID().toString();
                recipient.directoryKey = entry.key();
                recipient.name = entry.name();
                recipient.kind = entry.kind();
                recipient.channel = Channel.EMAIL;
                recipient.address = address;
                recipient.language = entry.language();
                recipient.minLevel = entry.minLevel();
                recipient.disclosure = entry.disclosure();
                recipient.requiresConsent = entry.requiresConsent();
                recipient.requiresApproval = true;
                recipient.active = address != null;
                recipient.createdAt = now;
                recipient.updatedAt = now;
                recipient.persist();
            } else if (existing.address == null && address != null) {
                existing.address = address;
                existing.active = true;
                existing.updatedAt = now;
            }
        }
        LOG.infof("recipient directory: %d active of %d", Recipient.count("active", true), Recipient.count());
    }
}
