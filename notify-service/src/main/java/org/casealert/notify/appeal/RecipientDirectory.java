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

    record Entry(String key, String name, Recipient.Kind kind, String language, Level minLevel,
            Recipient.Disclosure disclosure, boolean requiresConsent) {
    }

    static final List<Entry> DEFAULTS = List.of(
            new Entry("unhcr-beijing", "UNHCR Beijing", Recipient.Kind.UNHCR, "en", Level.URGENT,
                    Recipient.Disclosure.FULL, true),
            new Entry("unhcr-geneva", "UNHCR Geneva", Recipient.Kind.UNHCR, "en", Level.IMMINENT,
                    Recipient.Disclosure.FULL, true),
            new Entry("rok-embassy-beijing", "Embassy of the Republic of Korea in Beijing", Recipient.Kind.EMBASSY, "ko",
                    Level.URGENT, Recipient.Disclosure.FULL, true),
            new Entry("rok-consulate-shenyang", "Consulate General of the Republic of Korea in Shenyang",
                    Recipient.Kind.EMBASSY, "ko", Level.URGENT, Recipient.Disclosure.FULL, true),
            new Entry("us-embassy-beijing", "Embassy of the United States in Beijing", Recipient.Kind.EMBASSY, "en",
                    Level.IMMINENT, Recipient.Disclosure.PSEUDONYMISED, false),
            new Entry("un-sr-dprk", "UN Special Rapporteur on the situation of human rights in the DPRK",
                    Recipient.Kind.UN_SPECIAL_PROCEDURE, "en", Level.URGENT, Recipient.Disclosure.FULL, true),
            new Entry("un-wgad", "UN Working Group on Arbitrary Detention", Recipient.Kind.UN_SPECIAL_PROCEDURE, "en",
                    Level.URGENT, Recipient.Disclosure.FULL, true),
            // after a handover only: a submission on an enforced disappearance
            new Entry("un-wgeid", "UN Working Group on Enforced or Involuntary Disappearances",
                    Recipient.Kind.UN_SPECIAL_PROCEDURE, "en", Level.URGENT, Recipient.Disclosure.FULL, true),
            new Entry("ohchr-seoul", "OHCHR Seoul", Recipient.Kind.UN_SPECIAL_PROCEDURE, "en", Level.URGENT,
                    Recipient.Disclosure.PSEUDONYMISED, false));

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
