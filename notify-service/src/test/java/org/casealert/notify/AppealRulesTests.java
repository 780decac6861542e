package org.casealert.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.Level;
import org.casealert.notify.appeal.LetterDates;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casealert.notify.NotifyClient.appealTo;
import static org.casealert.notify.NotifyClient.awaitSettled;
import static org.casealert.notify.NotifyClient.deliveriesTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** Who may read names, and what consent and an operator's approval decide about appeals. */
@QuarkusTest
class AppealRulesTests extends NotifyTest {

    @Test
    void advocatesAndPseudonymisedRecipientsNeverReadWhatIdentifiesAPerson() throws Exception {
        String province = AlertEvents.province();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            NotifyClient.Webhook hook = client.webhook(receiver.url(), Level.WATCH, List.of(province));
            String advocate = Mailbox.newAddress("advocate");
            String subscription = client.subscribedAddress(advocate, Level.WATCH, List.of(province));
            NotifyClient.Recipient full = client.recipient(Map.of("kind", "UNHCR", "disclosure", "FULL",
                    "requiresConsent", true));
            NotifyClient.Recipient fullKorean = client.recipient(Map.of("kind", "EMBASSY", "disclosure", "FULL",
                    "language", "ko"));
            List<NotifyClient.Recipient> pseudonymised = List.of(
                    client.recipient(Map.of("kind", "EMBASSY", "language", "en")),
                    client.recipient(Map.of("kind", "UN_SPECIAL_PROCEDURE", "language", "ko")),
                    client.recipient(Map.of("kind", "UNHCR", "language", "zh")));

            String caseId = AlertEvents.newCaseId();
            String reference = AlertEvents.reference(caseId);
            AlertEvents.publish(alerts.madePublic(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true)));
            assertThat(awaitSettled(caseId, List.of(hook.id(), subscription, full.id(), fullKorean.id(),
                    pseudonymised.get(0).id(), pseudonymised.get(1).id(), pseudonymised.get(2).id())))
                    .extracting(delivery -> delivery.get("status")).containsOnly("SENT");

            assertThat(receiver.received()).hasSize(1);
            assertThat(receiver.received().get(0).body()).contains(reference, "Tumen Border Detention Center")
                    .doesNotContain(AlertEvents.PERSONAL).doesNotContain("sealedParticulars", "RELIGIOUS_CONTACT");
            ReceivedMail alertMail = Mailbox.awaitExactlyOne(advocate, reference);
            assertThat(alertMail.subject()).doesNotContain(AlertEvents.PERSONAL);
            assertThat(alertMail.body()).contains(reference, "This alert holds no names")
                    .doesNotContain(AlertEvents.PERSONAL).doesNotContain("missionaries");

            ReceivedMail named = Mailbox.awaitExactlyOne(full.address(), reference);
            assertThat(named.body()).contains(AlertEvents.NAME, AlertEvents.HANGUL, AlertEvents.HOMETOWN,
                    AlertEvents.SECOND_NAME, "missionaries");
            assertThat(Mailbox.awaitExactlyOne(fullKorean.address(), reference).body()).contains(AlertEvents.NAME,
                    AlertEvents.HANGUL);
            for (NotifyClient.Recipient recipient : pseudonymised) {
                ReceivedMail appeal = Mailbox.awaitExactlyOne(recipient.address(), reference);
                assertThat(appeal.subject()).doesNotContain(AlertEvents.PERSONAL);
                assertThat(appeal.body()).as("appeal to %s", recipient.address()).contains(reference)
                        .doesNotContain(AlertEvents.PERSONAL).doesNotContain("Ok-sun", "missionaries", "선교사", "传教士");
            }
            assertThat((String) appealTo(caseId, pseudonymised.get(0).id()).get("body"))
                    .contains("can be shared through a secure channel").doesNotContain(AlertEvents.PERSONAL);
        }
    }

    @Test
    void aRecipientThatRequiresConsentGetsNothingWithoutIt() {
        NotifyClient.Recipient needsConsent = client.recipient(Map.of("kind", "UN_SPECIAL_PROCEDURE", "disclosure",
                "FULL", "requiresConsent", true));
        NotifyClient.Recipient control = client.recipient(Map.of());
        String caseId = AlertEvents.newCaseId();
        AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, AlertEvents.province(), false));

        assertThat(awaitSettled(caseId, control.id())).containsEntry("status", "SENT");
        Mailbox.awaitExactlyOne(control.address(), AlertEvents.reference(caseId));
        Map<String, Object> blocked = appealTo(caseId, needsConsent.id());
        assertThat(blocked).containsEntry("status", "BLOCKED");
        assertThat((String) blocked.get("blockedReason")).contains("consent");
        assertThat(deliveriesTo(caseId, needsConsent.id())).isEmpty();
        assertThat(Mailbox.to(needsConsent.address())).isEmpty();

        given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + blocked.get("id") + "/approve").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("consent"));
        assertThat(deliveriesTo(caseId, needsConsent.id())).isEmpty();
        assertThat(appealTo(caseId, needsConsent.id())).containsEntry("status", "BLOCKED");
    }

    @Test
    void aRecipientThatRequiresApprovalGetsOneMailOnlyAfterAnOperatorApproves() {
        NotifyClient.Recipient needsApproval = client.recipient(Map.of("kind", "EMBASSY", "requiresApproval", true));
        NotifyClient.Recipient control = client.recipient(Map.of());
        String caseId = AlertEvents.newCaseId();
        String reference = AlertEvents.reference(caseId);
        AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, AlertEvents.province(), false));

        awaitSettled(caseId, control.id());
        Mailbox.awaitExactlyOne(control.address(), reference);
        Map<String, Object> draft = appealTo(caseId, needsApproval.id());
        assertThat(draft).containsEntry("status", "DRAFT").containsEntry("sequence", 1);
        assertThat((String) draft.get("body")).contains(reference);
        assertThat(deliveriesTo(caseId, needsApproval.id())).isEmpty();
        assertThat(Mailbox.to(needsApproval.address())).isEmpty();

        given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + draft.get("id") + "/approve").then()
                .statusCode(200).body("status", is("APPROVED")).body("approvedBy", is("operator@test"));
        ReceivedMail mail = Mailbox.awaitMail(needsApproval.address(), reference);
        assertThat(mail.subject()).isEqualTo(draft.get("subject"));
        assertThat(awaitSettled(caseId, needsApproval.id())).containsEntry("status", "SENT");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "SENT".equals(appealTo(caseId, needsApproval.id()).get("status")));
        assertThat(appealTo(caseId, needsApproval.id()).get("sentAt")).isNotNull();

        given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + draft.get("id") + "/approve").then()
                .statusCode(200).body("status", is("SENT"));
        assertThat(awaitSettled(caseId, List.of(needsApproval.id()))).hasSize(1);
        assertThat(Mailbox.to(needsApproval.address(), reference)).hasSize(1);
    }

    @Test
    void followUpAppealsReferToTheFirst() {
        NotifyClient.Recipient recipient = client.recipient(Map.of("kind", "UNHCR"));
        String province = AlertEvents.province();
        String caseId = AlertEvents.newCaseId();
        String reference = AlertEvents.reference(caseId);

        AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.URGENT, province, true));
        ReceivedMail first = Mailbox.awaitMail(recipient.address(), reference);
        assertThat(first.subject()).startsWith("URGENT APPEAL:").contains(reference);
        assertThat(first.body()).doesNotContain("further to our letter");
        String firstDate = LetterDates.format("en", LocalDate.ofInstant(
                Instant.parse((String) appealTo(caseId, recipient.id()).get("createdAt")), ZoneOffset.UTC));

        CaseAlert escalated = AlertEvents.publish(alerts.alert(caseId, AlertKind.ESCALATED, Level.IMMINENT, province,
                true));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(recipient.address(), reference).size() == 2);
        ReceivedMail second = Mailbox.to(recipient.address(), reference).get(1);
        assertThat(second.subject()).isEqualTo("FURTHER INFORMATION No. 2 on urgent appeal " + reference
                + ": The risk of forced repatriation has grown for 2 person(s) detained in China");
        assertThat(second.body()).contains("Our reference: " + reference + ", letter No. 2 (further to our letter of "
                + firstDate + ")", "FURTHER INFORMATION No. 2 ON URGENT APPEAL " + reference,
                "- Our assessment of the risk has changed from URGENT to IMMINENT.");

        AlertEvents.publish(alerts.alert(caseId, AlertKind.REPATRIATED, Level.IMMINENT, province, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(recipient.address(), reference).size() == 3);
        assertThat(Mailbox.to(recipient.address(), reference).get(2).body())
                .contains("letter No. 3 (further to our letter of " + firstDate + ")", "handed over",
                        "We ask nothing further of you on this case");

        List<Map<String, Object>> appeals = NotifyClient.appeals(caseId);
        assertThat(appeals).extracting(appeal -> appeal.get("sequence")).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(appeals).filteredOn(appeal -> appeal.get("sequence").equals(2))
                .extracting(appeal -> appeal.get("alertId")).containsExactly(escalated.eventId().toString());
    }

    @Test
    void aFirstAppealThatWasBlockedIsNotReferredToAsSent() {
        NotifyClient.Recipient needsConsent = client.recipient(Map.of("kind", "UN_SPECIAL_PROCEDURE",
                "requiresConsent", true));
        String province = AlertEvents.province();
        String caseId = AlertEvents.newCaseId();
        String reference = AlertEvents.reference(caseId);

        AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.URGENT, province, false));
        await().atMost(Duration.ofSeconds(30)).until(() -> !NotifyClient.appeals(caseId).isEmpty());
        assertThat(appealTo(caseId, needsConsent.id())).containsEntry("status", "BLOCKED");

        // the family consents later: the recipient's first letter is a first appeal, not an update of one it never got
        AlertEvents.publish(alerts.alert(caseId, AlertKind.UPDATED, Level.URGENT, province, true));
        ReceivedMail mail = Mailbox.awaitExactlyOne(needsConsent.address(), reference);
        assertThat(mail.subject()).startsWith("URGENT APPEAL:");
        assertThat(mail.body()).doesNotContain("further to our letter", "FURTHER INFORMATION");
    }
}
