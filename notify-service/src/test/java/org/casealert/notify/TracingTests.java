package org.casealert.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.casealert.devstack.testing.TestTopics;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.EventCodec;
import org.casealert.events.Level;
import org.casealert.events.Topics;
import org.casealert.notify.delivery.Delivery;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An alert's deliveries continue the trace of the span that published the alert: the delivery row keeps
 * the consumer's span, and the webhook request carries the span of its sending as {@code traceparent}.
 */
@QuarkusTest
class TracingTests extends NotifyTest {

    @Test
    void theWebhookOfAnAlertCarriesTheAlertsTrace() throws Exception {
        String province = AlertEvents.province();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            client.webhook(receiver.url(), Level.WATCH, List.of(province));
            CaseAlert alert = alerts.alert(AlertEvents.newCaseId(), AlertKind.RAISED, Level.URGENT, province, true);
            String traceId = hex(16);
            String published = "00-" + traceId + "-" + hex(8) + "-01";
            TestTopics.sendAgain(Topics.CASE_ALERTS, List.of(new TestTopics.RawRecord(alert.caseSummary().id(),
                    EventCodec.write(alert).getBytes(StandardCharsets.UTF_8), -1, -1, Map.of("traceparent", published))));

            WebhookReceiver.Received delivered = await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.accepted().stream().findFirst(), found -> found.isPresent()).orElseThrow();
            assertThat(delivered.traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(delivered.traceparent().split("-")[1]).isEqualTo(traceId);
            assertThat(delivered.traceparent()).as("the sending's own span").isNotEqualTo(published);

            Delivery delivery = QuarkusTransaction.requiringNew().call(() -> Delivery
                    .<Delivery> find("alertId", alert.eventId()).firstResult());
            assertThat(delivery.traceParent.split("-")[1]).isEqualTo(traceId);
            assertThat(delivery.traceParent).as("the consumer's span, parent of the sending's")
                    .isNotIn(published, delivered.traceparent());
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
