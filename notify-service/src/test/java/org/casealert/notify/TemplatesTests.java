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

    /** What a letter in each language must cite, and what only UNHCR's letters cite. */
    record LegalBasis(List<String> always, String unhcrAgreement, String resolvedNoAction, String followUp) {
    }

    static final Map<String, LegalBasis> LEGAL_BASIS = Map.of(
            "en", new LegalBasis(List.of("Article 33 of the 1951 Convention relating to the Status of Refugees",
                    "its 1967 Protocol", "Article 3 of the Convention against Torture", "Commission of Inquiry"),
                    "Under its 1995 agreement with the Government of the People's Republic of China, UNHCR",
                    "No further action is requested", "(update 1, further to our appeal of "),
            "ko", new LegalBasis(List.of("「난민의 지위에 관한 협약」 제33조와 1967년 의정서", "「고문방지협약」 제3조", "조사위원회"),
                    "1995년 중화인민공화국 정부와 체결한 협정에 따라 유엔난민기구는", "추가 조치는 요청하지 않으며",
                    "자 긴급 호소에 대한 1차 추가 정보"),
            "zh", new LegalBasis(List.of("《关于难民地位的公约》第三十三条及其 1967 年《议定书》", "《禁止酷刑公约》第三条", "调查委员会"),
                    "根据联合国难民署于 1995 年与中华人民共和国政府签订的协定", "现无需采取进一步行动", "紧急呼吁之后的第 1 次补充信息"));

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
    void appealsRenderInEveryLanguageForEveryKindOfAlertAndRecipient() {
        LocalDate firstDate = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        List<String> checked = new ArrayList<>();
        for (AlertKind kind : AlertKind.values()) {
            String caseId = AlertEvents.newCaseId();
            CaseAlert alert = alerts.alert(caseId, kind, Level.IMMINENT, "Jilin", true);
            CaseParticulars particulars = EventCodec.read(cipher.open(alert.sealedParticulars(),
                    SealContext.caseParticulars(alert.eventId().toString())), CaseParticulars.class);
            for (String language : Phrases.LANGUAGES) {
                LegalBasis basis = LEGAL_BASIS.get(language);
                for (Recipient.Kind recipientKind : Recipient.Kind.values()) {
                    for (Recipient.Disclosure disclosure : Recipient.Disclosure.values()) {
                        Recipient recipient = recipient(recipientKind, disclosure, language);
                        CaseParticulars opened = disclosure == Recipient.Disclosure.FULL ? particulars : null;
                        for (int sequence : new int[] { 1, 2 }) {
                            AppealRenderer.Rendered appeal = renderer.render(alert, recipient, opened, sequence,
                                    firstDate);
                            String what = kind + " " + language + " " + recipientKind + " " + disclosure + " #" + sequence;
                            String text = appeal.subject() + "\n" + appeal.body();
                            assertFilledIn(what, text);
                            assertThat(appeal.subject()).as(what).contains(AlertEvents.reference(caseId));
                            assertThat(appeal.body()).as(what).startsWith(
                                    language.equals("en") ? "To: " : language.equals("ko") ? "수신: " : "致：")
                                    .contains(recipient.name, AlertEvents.reference(caseId), "case-alert");
                            if (kind == AlertKind.RESOLVED) {
                                assertThat(appeal.body()).as(what).contains(basis.resolvedNoAction(),
                                        firstDate.toString());
                            } else {
                                assertThat(appeal.body()).as(what).contains(basis.always());
                                if (recipientKind == Recipient.Kind.UNHCR) {
                                    assertThat(appeal.body()).as(what).contains(basis.unhcrAgreement());
                                } else {
                                    assertThat(appeal.body()).as(what).doesNotContain(basis.unhcrAgreement());
                                }
                                if (disclosure == Recipient.Disclosure.FULL) {
                                    assertThat(appeal.body()).as(what).contains(AlertEvents.NAME, AlertEvents.HANGUL);
                                } else {
                                    assertThat(text).as(what).doesNotContain(AlertEvents.PERSONAL);
                                }
                            }
                            if (sequence == 2) {
                                assertThat(appeal.body()).as(what).contains(basis.followUp(), firstDate.toString());
                            }
                            checked.add(what);
                        }
                    }
                }
            }
        }
        assertThat(checked).hasSize(AlertKind.values().length * 3 * 4 * 2 * 2);
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
                AlertEvents.publish(alerts.alert(caseId, kind, Level.IMMINENT, province, true));
                awaitSettled(caseId, controlHook);
                for (Map.Entry<String, String> address : addresses.entrySet()) {
                    String language = address.getKey();
                    ReceivedMail mail = Mailbox.awaitExactlyOne(address.getValue(), reference);
                    String what = kind + " mail in " + language;
                    assertFilledIn(what, mail.subject() + "\n" + mail.body());
                    assertThat(mail.subject()).as(what).contains(reference, phrases.get(language, "kind." + kind),
                            phrases.get(language, "level.IMMINENT"));
                    assertThat(mail.body()).as(what).contains(phrases.format(language, "headline." + kind,
                            Map.of("count", 2)), phrases.get(language, "reason.AGGRAVATING_FACTORS"),
                            "/api/v1/subscriptions/unsubscribe?token=").doesNotContain(AlertEvents.PERSONAL);
                }
            }
        }
    }

    private static void assertFilledIn(String what, String text) {
        assertThat(text).as(what).doesNotContain("{", "}", "null", "NOT_FOUND", "\uFFFD");
    }

    private static Recipient recipient(Recipient.Kind kind, Recipient.Disclosure disclosure, String language) {
        Recipient recipient = new Recipient();
        recipient.name = "Test " + kind + " desk";
        recipient.kind = kind;
        recipient.disclosure = disclosure;
        recipient.language = language;
        recipient.minLevel = Level.URGENT;
        return recipient;
    }
}
