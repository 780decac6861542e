package org.casealert.notify;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.Level;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casealert.notify.NotifyClient.awaitSettled;
import static org.casealert.notify.NotifyClient.deliveriesTo;

/**
 * Anyone may sign up by e-mail, so public sign-ups hear of a case only when every person's family allowed it to be
 * made public, and then only of its province, crossing, counts and level. Advocates' webhooks keep the pseudonymised
 * case.
 */
@QuarkusTest
class PublicSignUpTests extends NotifyTest {

    @Test
    void aPublicSubscriberGetsNothingAboutACaseWithoutPublicAdvocacyConsent() throws Exception {
        String province = AlertEvents.province();
        try (WebhookReceiver advocate = WebhookReceiver.start()) {
            String hook = client.webhook(advocate.url(), Level.WATCH, List.of(province)).id();
            String address = Mailbox.newAddress("public");
            String subscription = client.subscribedAddress(address, Level.WATCH, List.of(province));

            // the families consented to appeals to the UN, UNHCR and governments, not to publication
            String caseId = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true));
            assertThat(awaitSettled(caseId, hook)).containsEntry("status", "SENT");
            assertThat(advocate.received().get(0).body()).contains(AlertEvents.reference(caseId),
                    "Tumen Border Detention Center");

            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                    .until(() -> deliveriesTo(caseId, subscription).isEmpty()
                            && Mailbox.to(address, AlertEvents.reference(caseId)).isEmpty());
        }
    }

    @Test
    void aPublicMailHoldsOnlyProvinceCrossingCountsAndLevel() {
        String province = AlertEvents.province();
        String address = Mailbox.newAddress("public");
        client.subscribedAddress(address, Level.WATCH, List.of(province));
        String caseId = AlertEvents.newCaseId();
        CaseAlert alert = AlertEvents.publish(alerts.madePublic(
                alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true)));

        ReceivedMail mail = Mailbox.awaitExactlyOne(address, AlertEvents.reference(caseId));
        LocalDate since = alert.caseSummary().since();
        String text = mail.subject() + "\n" + mail.body();
        assertThat(text).contains(province, "TUMEN-ONSONG", "IMMINENT", "People: 2, of whom 2 women")
                .doesNotContain(AlertEvents.PERSONAL)
                // no place of detention, no stage, no dates, no reasons
                .doesNotContain("Tumen Border Detention Center", "border facility", "since", "handover",
                        "Aggravating factors", "Held at a border detention facility")
                .doesNotContain(String.valueOf(alert.caseSummary().since()),
                        String.valueOf(alert.caseSummary().deadline()))
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .doesNotContain(since.getDayOfMonth() + " " + since.getMonth().getDisplayName(TextStyle.FULL,
                        Locale.ENGLISH));
    }
}
