package org.casealert.notify;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.casealert.devstack.bench.PrometheusSamples;
import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.TestMail;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.AlertKind;
import org.casealert.events.Level;
import org.casealert.notify.escalation.DraftEscalations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casealert.notify.NotifyClient.appealTo;

/**
 * Nobody approves, so it escalates: a draft appeal waiting for approval wakes the duty operator after 30 minutes
 * and the coordinators after two hours (the test profile's policy), with a clock the test moves; an approved
 * draft wakes nobody. The mails arrive at the real SMTP server.
 */
@QuarkusTest
class DraftEscalationTests extends NotifyTest {

    private static final String FIRST = "duty-operator@example.org";
    private static final String[] SECOND = { "coordinator-a@example.org", "coordinator-b@example.org" };

    @Inject
    MovableClock clock;
    @Inject
    DraftEscalations escalations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDraftNobodyApprovesEscalatesToTheSecondListAnApprovedOneDoesNot() throws Exception {
        NotifyClient.Recipient embassy = client.recipient(Map.of("name", "Escalation test embassy", "kind", "EMBASSY",
                "requiresApproval", true));
        String waitingCase = AlertEvents.newCaseId();
        String approvedCase = AlertEvents.newCaseId();
        String waitingRef = AlertEvents.reference(waitingCase);
        String approvedRef = AlertEvents.reference(approvedCase);
        AlertEvents.publish(alerts.alert(waitingCase, AlertKind.RAISED, Level.IMMINENT, AlertEvents.province(), true));
        AlertEvents.publish(alerts.alert(approvedCase, AlertKind.RAISED, Level.IMMINENT, AlertEvents.province(), true));
        Map<String, Object> waiting = awaitDraft(waitingCase, embassy.id());
        Map<String, Object> approved = awaitDraft(approvedCase, embassy.id());
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + approved.get("id") + "/approve").then()
                .statusCode(200);

        escalations.escalate();
        assertThat(mailsAbout(waitingRef, FIRST)).as("not yet due").isEmpty();
        assertThat(gauge("notify_appeal_drafts_waiting")).isGreaterThanOrEqualTo(1);

        clock.advance(Duration.ofMinutes(35));
        escalations.escalate();
        escalations.escalate();
        ReceivedMail first = awaitOne(waitingRef, FIRST);
        assertThat(first.subject()).contains("for approval (escalation step 1)");
        assertThat(first.body()).contains(waitingRef + ", to Escalation test embassy: waiting 3",
                "http://127.0.0.1:8082/board/").doesNotContain(AlertEvents.PERSONAL.toArray(String[]::new))
                .doesNotContain((String) waiting.get("subject"));
        assertThat(mailsAbout(waitingRef, SECOND[0])).as("the second step is not due yet").isEmpty();
        assertThat(gauge("notify_appeal_drafts_waiting_oldest_age_seconds")).isGreaterThanOrEqualTo(35 * 60);

        clock.advance(Duration.ofHours(2));
        // two instances at once: the step's rows decide which one mails
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(escalations::escalate);
        escalations.escalate();
        other.get();
        for (String coordinator : SECOND) {
            ReceivedMail second = awaitOne(waitingRef, coordinator);
            assertThat(second.subject()).contains("(escalation step 2)");
        }
        assertThat(mailsAbout(waitingRef, FIRST)).as("each step once").hasSize(1);
        assertThat(escalationMails().filter(mail -> mail.body().contains(approvedRef + ",")))
                .as("an approved draft wakes nobody").isEmpty();

        given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + waiting.get("id") + "/approve").then()
                .statusCode(200);
        escalations.escalate();
        assertThat(escalationMails().filter(mail -> mail.body().contains(waitingRef + ","))
                .map(ReceivedMail::messageId).distinct()).as("approved at last: no further mail").hasSize(2);
    }

    private static Map<String, Object> awaitDraft(String caseId, String recipientId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> NotifyClient.appeals(caseId).stream()
                .anyMatch(appeal -> recipientId.equals(appeal.get("recipientId"))));
        Map<String, Object> draft = appealTo(caseId, recipientId);
        assertThat(draft).containsEntry("status", "DRAFT");
        return draft;
    }

    private static double gauge(String name) {
        // the benchmark's parser: it knows the exposition format, exemplars included
        return PrometheusSamples.parse(given().get("/q/metrics").then().statusCode(200).extract().asString()).get(name)
                .orElseThrow(() -> new AssertionError("no metric " + name));
    }

    private static Stream<ReceivedMail> escalationMails() {
        return TestMail.received().stream().filter(mail -> mail.subject().contains("(escalation step "));
    }

    private static List<ReceivedMail> mailsAbout(String reference, String address) {
        // the server keeps a copy per recipient: one message is one id
        return List.copyOf(escalationMails().filter(mail -> mail.to().contains(address))
                .filter(mail -> mail.body().contains(reference + ","))
                .collect(Collectors.toMap(ReceivedMail::messageId, mail -> mail, (one, copy) -> one, LinkedHashMap::new))
                .values());
    }

    private static ReceivedMail awaitOne(String reference, String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsAbout(reference, address).isEmpty());
        assertThat(mailsAbout(reference, address)).as("mail to %s about %s", address, reference).hasSize(1);
        return mailsAbout(reference, address).get(0);
    }
}
