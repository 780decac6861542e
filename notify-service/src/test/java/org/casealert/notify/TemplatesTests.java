package org.casealert.notify;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.CaseParticulars;
import org.casealert.events.EventCodec;
import org.casealert.events.Level;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.notify.appeal.AppealRenderer;
import org.casealert.notify.appeal.Phrases;
import org.casealert.notify.appeal.Recipient;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casealert.notify.NotifyClient.awaitSettled;

/**
 * Appeals, alert mails and confirmation mails in English, Korean and Chinese, for every kind of alert: all
 * placeholders filled, the legal basis cited in the recipient's language, names only with full disclosure.
 */
@QuarkusTest
class TemplatesTests {

    /** What a letter in each language must carry: the sender's letterhead, a salutation and a closing. */
    static final Map<String, List<String>> FRAME = Map.of(
            "en", List.of("To: ", "Yours faithfully,", "E-mail: appeals@nk-rights.example.org", "+82 2 0000 0000",
                    "Example North Korean Refugee Rights Network", "Seoul 03000"),
            "ko", List.of("수신: ", "감사합니다.", "전자우편: appeals@nk-rights.example.org", "드림"),
            "zh", List.of("致：", "此致", "敬礼", "电子邮件：appeals@nk-rights.example.org"));

    /** Each mandate as the directory knows it: its kind and its directory key. */
    static final Map<Recipient.Mandate, String> DIRECTORY_KEYS = Map.of(Recipient.Mandate.UNHCR, "unhcr-beijing",
            Recipient.Mandate.ROK, "rok-embassy-beijing", Recipient.Mandate.US, "us-embassy-beijing",
            Recipient.Mandate.SR_DPRK, "un-sr-dprk", Recipient.Mandate.WGAD, "un-wgad", Recipient.Mandate.WGEID,
            "un-wgeid", Recipient.Mandate.OHCHR, "ohchr-seoul");

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AlertEvents alerts;

    @Inject
    AppealRenderer renderer;

    @Inject
    Phrases phrases;

    @Test
    void everyLanguageHasEveryPhrase() {
        for (String language : Phrases.LANGUAGES) {
            assertThat(phrases.missingKeys(language)).as(language).isEmpty();
        }
        assertThat(phrases.getOr("ko", "reason.NOT_YET_KNOWN", "a reason added later")).isEqualTo(
                "a reason added later");
    }

    @Test
    void everyLetterRendersInEveryLanguageForEveryKindOfAlertAndRecipient() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> checked = new ArrayList<>();
        for (AlertKind kind : List.of(AlertKind.RAISED, AlertKind.ESCALATED, AlertKind.DEESCALATED, AlertKind.UPDATED,
                AlertKind.RESOLVED, AlertKind.REPATRIATED, AlertKind.MERGED)) {
            String caseId = AlertEvents.newCaseId();
            CaseAlert alert = alerts.alert(caseId, kind, Level.IMMINENT, "Jilin", true);
            CaseParticulars particulars = EventCodec.read(cipher.open(alert.sealedParticulars(),
                    SealContext.caseParticulars(alert.eventId().toString())), CaseParticulars.class);
            for (String language : Phrases.LANGUAGES) {
                for (Recipient.Mandate mandate : Recipient.Mandate.values()) {
                    for (Recipient.Disclosure disclosure : Recipient.Disclosure.values()) {
                        Recipient recipient = recipient(mandate, disclosure, language);
                        for (AppealRenderer.Earlier earlier : List.of(AppealRenderer.Earlier.NONE,
                                new AppealRenderer.Earlier(1, today.minusDays(2), today.minusDays(2),
                                        alert.caseSummary()))) {
                            AppealRenderer.Rendered letter = renderer.render(alert, recipient, particulars, earlier, today);
                            String what = kind + " " + language + " " + mandate + " " + disclosure + " after "
                                    + earlier.sent();
                            String text = letter.subject() + "\n" + letter.body();
                            assertFilledIn(what, text);
                            assertThat(letter.subject()).as(what).contains(AlertEvents.reference(caseId));
                            assertThat(letter.body()).as(what).contains(FRAME.get(language))
                                    .contains(recipient.name, AlertEvents.reference(caseId))
                                    .doesNotContain(AlertEvents.NOTES, AlertEvents.NARRATIVE);
                            if (disclosure == Recipient.Disclosure.PSEUDONYMISED || mandate == Recipient.Mandate.NGO) {
                                // the test people consented to UN mechanisms, UNHCR and governments, not to publication
                                assertThat(text).as(what).doesNotContain(AlertEvents.PERSONAL);
                            }
                            checked.add(what);
                        }
                    }
                }
            }
        }
        assertThat(checked).hasSize(7 * 3 * Recipient.Mandate.values().length * 2 * 2);
    }

    @Test
    void alertAndConfirmationMailsRenderInEveryLanguage() throws Exception {
        String province = AlertEvents.province();
        try (NotifyClient client = new NotifyClient(); WebhookReceiver control = WebhookReceiver.start()) {
            String controlHook = client.webhook(control.url(), Level.WATCH, List.of(province)).id();
            Map<String, String> addresses = Map.of("en", Mailbox.newAddress("en"), "ko", Mailbox.newAddress("ko"), "zh",
                    Mailbox.newAddress("zh"));
            for (Map.Entry<String, String> address : addresses.entrySet()) {
                client.signUp(address.getValue(), Level.WATCH, List.of(province), address.getKey());
                ReceivedMail confirmation = Mailbox.awaitExactlyOne(address.getValue(), "/confirm?token=");
                assertFilledIn("confirmation in " + address.getKey(), confirmation.subject() + confirmation.body());
                assertThat(confirmation.subject()).isEqualTo(phrases.get(address.getKey(), "page.title"));
                assertThat(confirmation.body()).contains(province, phrases.get(address.getKey(), "level.WATCH"), "48");
                NotifyClient.confirm(Mailbox.link(confirmation, "/confirm?token="));
            }
            for (AlertKind kind : AlertKind.values()) {
                String caseId = AlertEvents.newCaseId();
                String reference = AlertEvents.reference(caseId);
                AlertEvents.publish(alerts.madePublic(alerts.alert(caseId, kind, Level.IMMINENT, province, true)));
                awaitSettled(caseId, controlHook);
                for (Map.Entry<String, String> address : addresses.entrySet()) {
                    String language = address.getKey();
                    ReceivedMail mail = Mailbox.awaitExactlyOne(address.getValue(), reference);
                    String what = kind + " mail in " + language;
                    assertFilledIn(what, mail.subject() + "\n" + mail.body());
                    assertThat(mail.subject()).as(what).contains(reference, phrases.get(language, "kind." + kind),
                            phrases.get(language, "level.IMMINENT"));
                    // a public sign-up's mail: the families allowed the province, crossing, counts and level, no more
                    assertThat(mail.body()).as(what).contains(phrases.format(language, "headline." + kind,
                            Map.of("count", 2)), province, "TUMEN-ONSONG", "/api/v1/subscriptions/unsubscribe?token=")
                            .doesNotContain(AlertEvents.PERSONAL).doesNotContain("Tumen Border Detention Center",
                                    phrases.get(language, "reason.AGGRAVATING_FACTORS"),
                                    String.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(3)));
                }
            }
        }
    }

    static void assertFilledIn(String what, String text) {
        assertThat(text).as(what).doesNotContain("{", "}", "null", "NOT_FOUND", "\uFFFD");
    }

    static Recipient recipient(Recipient.Mandate mandate, Recipient.Disclosure disclosure, String language) {
        Recipient recipient = new Recipient();
        recipient.name = "Test " + mandate + " desk";
        recipient.directoryKey = DIRECTORY_KEYS.get(mandate);
        recipient.kind = switch (mandate) {
            case UNHCR -> Recipient.Kind.UNHCR;
            case ROK, US, EMBASSY -> Recipient.Kind.EMBASSY;
            case NGO -> Recipient.Kind.NGO;
            default -> Recipient.Kind.UN_SPECIAL_PROCEDURE;
        };
        recipient.disclosure = disclosure;
        recipient.language = language;
        recipient.minLevel = Level.URGENT;
        return recipient;
    }
}
