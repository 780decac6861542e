package org.casealert.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casealert.devstack.testing.TestTopics;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.EventCodec;
import org.casealert.events.Level;
import org.casealert.events.Topics;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casealert.notify.NotifyClient.awaitSettled;

/** A value on {@code case-alerts} that is no alert goes to {@code case-alerts.dlq}; the alerts behind it still arrive. */
@QuarkusTest
class DeadLetterTests extends NotifyTest {

    private static final String DEAD_LETTERS = Topics.CASE_ALERTS + ".dlq";

    @Test
    void anUnreadableAlertIsDeadLetteredAndTheNextOneDelivered() throws Exception {
        String caseId = AlertEvents.newCaseId();
        String marker = UUID.randomUUID().toString();
        List<String> unreadable = List.of("{\"eventId\": \"" + marker + "\", truncated",
                "{\"type\": \"DetentionReported\", \"schemaVersion\": 1, \"eventId\": \"" + marker + "\"}",
                "{\"type\": \"CaseAlert\", \"schemaVersion\": 2, \"eventId\": \"" + marker
                        + "\", \"kind\": \"RAISED\", \"case\": {}}");
        assertDeadLetteredAndConsumerGoesOn(caseId, unreadable);
    }

    @Test
    void anAlertLackingWhatEveryAlertHasIsDeadLetteredRatherThanRetriedForever() throws Exception {
        String caseId = AlertEvents.newCaseId();
        List<String> incomplete = new ArrayList<>();
        for (String field : List.of("case.level", "case.id", "case.reference", "case.stage", "case.confidence", "case.reasons",
                "occurredAt")) {
            ObjectNode alert = (ObjectNode) EventCodec.mapper().readTree(EventCodec.write(
                    alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, AlertEvents.province(), true)));
            ObjectNode parent = field.startsWith("case.") ? (ObjectNode) alert.get("case") : alert;
            parent.remove(field.substring(field.indexOf('.') + 1));
            incomplete.add(EventCodec.write(alert));
        }
        assertDeadLetteredAndConsumerGoesOn(caseId, incomplete);
    }

    private void assertDeadLetteredAndConsumerGoesOn(String caseId, List<String> values) throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String province = AlertEvents.province();
            NotifyClient.Webhook hook = client.webhook(receiver.url(), Level.WATCH, List.of(province));
            // same key: the same partition, behind the bad values
            for (String value : values) {
                TestTopics.send(Topics.CASE_ALERTS, caseId, value);
            }
            AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.URGENT, province, true));

            assertThat(awaitSettled(caseId, hook.id())).containsEntry("status", "SENT");
            assertThat(receiver.accepted()).hasSize(1);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TestTopics.readAll(DEAD_LETTERS))
                    .filteredOn(record -> caseId.equals(record.key())).extracting(TestTopics.RawRecord::valueAsString)
                    .containsExactlyElementsOf(values));
        }
    }
}
