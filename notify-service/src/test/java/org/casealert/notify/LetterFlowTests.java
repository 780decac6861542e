package org.casealert.notify;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.ConsentAnswer;
import org.casealert.events.ConsentGiver;
import org.casealert.events.Level;
import org.casealert.events.PersonConsent;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casealert.notify.NotifyClient.appealTo;
import static org.casealert.notify.NotifyClient.appeals;
import static org.casealert.notify.NotifyClient.awaitSettled;
import static org.casealert.notify.NotifyClient.deliveriesTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** What case changes do to letters: revoked consent, reminders, merges, and follow-ups over letters sent. */
@QuarkusTest
class LetterFlowTests extends NotifyTest {

    static final PersonConsent.Given REFUSED = new PersonConsent.Given(ConsentAnswer.REFUSED, ConsentGiver.FAMILY,
            LocalDate.now(ZoneOffset.UTC));

    @Test
    void aFamilysRefusalAfterwardsBlocksTheDraftThatNamesThem() {
        NotifyClient.Recipient un = client.recipient(Map.of("kind", "UN_SPECIAL_PROCEDURE", "disclosure", "FULL",
                "requiresConsent", true, "requiresApproval", true));
        NotifyClient.Recipient control = client.recipient(Map.of());
        String province = AlertEvents.province();
        String caseId = AlertEvents.newCaseId();
        AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true));
        awaitSettled(caseId, control.id());
        Map<String, Object> draft = appealTo(caseId, un.id());
        assertThat(draft).containsEntry("status", "DRAFT");
        assertThat((String) draft.get("body")).contains(AlertEvents.NAME, "Consent basis: ");

        AlertEvents.publish(alerts.alert(caseId, AlertKind.AMENDED, Level.IMMINENT, province, REFUSED));
        await().atMost(Duration.ofSeconds(30)).until(() -> "BLOCKED".equals(appealTo(caseId, un.id()).get("status")));
        assertThat((String) appealTo(caseId, un.id()).get("blockedReason")).contains("consent withdrawn");
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + draft.get("id") + "/approve").then()
                .statusCode(409).body("detail", containsString("consent"));
        // an AMENDED alert writes no letter, to anyone
        assertThat(appeals(caseId)).hasSize(2);
        assertThat(Mailbox.to(un.address())).isEmpty();
        assertThat(deliveriesTo(caseId, un.id())).isEmpty();
    }

    @Test
    void aReminderWritesToNoInstitution() throws Exception {
        String province = AlertEvents.province();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            NotifyClient.Webhook hook = client.webhook(receiver.url(), Level.WATCH, List.of(province));
            NotifyClient.Recipient desk = client.recipient(Map.of("kind", "UNHCR"));
            String caseId = AlertEvents.newCaseId();
            String reference = AlertEvents.reference(caseId);
            AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true));
            Mailbox.awaitExactlyOne(desk.address(), reference);

            AlertEvents.publish(alerts.alert(caseId, AlertKind.REMINDER, Level.IMMINENT, province, true));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 2);
            assertThat(appeals(caseId)).hasSize(1);
            assertThat(deliveriesTo(caseId, desk.id())).hasSize(1);
            assertThat(Mailbox.to(desk.address(), reference)).hasSize(1);
            assertThat(hook.id()).isNotNull();
        }
    }

    @Test
    void aMergeTellsThoseWrittenToTheNewReferenceAndCancelsDraftsButNeverStandsDown() {
        NotifyClient.Recipient written = client.recipient(Map.of("kind", "EMBASSY"));
        NotifyClient.Recipient drafted = client.recipient(Map.of("kind", "UNHCR", "requiresApproval", true));
        String province = AlertEvents.province();
        String caseId = AlertEvents.newCaseId();
        String reference = AlertEvents.reference(caseId);
        AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true));
        Mailbox.awaitExactlyOne(written.address(), reference);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(appealTo(caseId, written.id()).get("status")));
        Map<String, Object> draft = appealTo(caseId, drafted.id());

        CaseAlert merge = AlertEvents.publish(alerts.alert(caseId, AlertKind.MERGED, Level.IMMINENT, province, true));
        String into = merge.caseSummary().mergedIntoReference();
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(written.address(), reference).size() == 2);
        ReceivedMail letter = Mailbox.to(written.address(), reference).get(1);
        assertThat(letter.subject()).isEqualTo("Case " + reference + " is now followed under reference " + into
                + ": no change in the situation of the people concerned");
        assertThat(letter.body()).contains("letter No. 2", "we now follow them together under the reference " + into,
                "they are still detained and at risk of forced return, and our appeal stands")
                .doesNotContain("no longer held", "No further action", "FURTHER INFORMATION");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> "CANCELLED".equals(appealTo(caseId, drafted.id()).get("status")));
        assertThat((String) appealTo(caseId, drafted.id()).get("blockedReason")).contains(into);
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + draft.get("id") + "/approve").then()
                .statusCode(409);
        // never written to about the case, the drafted recipient gets no letter about its merge either
        assertThat(Mailbox.to(drafted.address())).isEmpty();
        assertThat(appeals(caseId)).filteredOn(appeal -> drafted.id().equals(appeal.get("recipientId"))).hasSize(1);
    }

    @Test
    void followUpsAreNumberedOverLettersSentAndSayWhatChanged() {
        NotifyClient.Recipient desk = client.recipient(Map.of("kind", "UNHCR", "requiresApproval", true));
        NotifyClient.Recipient control = client.recipient(Map.of());
        String province = AlertEvents.province();
        String caseId = AlertEvents.newCaseId();
        String reference = AlertEvents.reference(caseId);
        AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.URGENT, province, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> appeals(caseId).size() == 2);

        // the first draft is never approved: the next one is still a first appeal
        CaseAlert escalated = AlertEvents.publish(alerts.alert(caseId, AlertKind.ESCALATED, Level.IMMINENT, province,
                true));
        await().atMost(Duration.ofSeconds(30)).until(() -> appeals(caseId).size() == 4);
        Map<String, Object> second = appealFrom(caseId, desk.id(), escalated);
        assertThat(second).containsEntry("sequence", 1);
        assertThat((String) second.get("subject")).startsWith("URGENT APPEAL:");
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + second.get("id") + "/approve").then()
                .statusCode(200).body("status", is("APPROVED")).body("sequence", is(1));
        ReceivedMail first = Mailbox.awaitExactlyOne(desk.address(), reference);
        assertThat(first.body()).doesNotContain("further to our letter", "We wrote to you", "WHAT HAS CHANGED");

        CaseAlert deescalated = AlertEvents.publish(alerts.alert(caseId, AlertKind.DEESCALATED, Level.URGENT, province,
                true));
        await().atMost(Duration.ofSeconds(30)).until(() -> appeals(caseId).size() == 6);
        Map<String, Object> third = appealFrom(caseId, desk.id(), deescalated);
        assertThat(third).containsEntry("sequence", 2);
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + third.get("id") + "/approve").then()
                .statusCode(200).body("sequence", is(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(desk.address(), reference).size() == 2);
        ReceivedMail followUp = Mailbox.to(desk.address(), reference).get(1);
        assertThat(followUp.subject()).startsWith("FURTHER INFORMATION No. 2 on urgent appeal " + reference);
        assertThat(followUp.body()).contains("letter No. 2 (further to our letter of", "WHAT HAS CHANGED SINCE OUR LETTER OF",
                "- Our assessment of the risk has changed from IMMINENT to URGENT.");
    }

    private static Map<String, Object> appealFrom(String caseId, String recipientId, CaseAlert alert) {
        return appeals(caseId).stream().filter(appeal -> recipientId.equals(appeal.get("recipientId")))
                .filter(appeal -> alert.eventId().toString().equals(appeal.get("alertId"))).findFirst().orElseThrow();
    }
}
