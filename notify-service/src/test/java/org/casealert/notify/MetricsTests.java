package org.casealert.notify;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.Level;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casealert.notify.NotifyClient.awaitSettled;

/** What operators watch in Prometheus: deliveries by status and channel, and how long an alert takes to arrive. */
@QuarkusTest
class MetricsTests extends NotifyTest {

    private static final String SENT_WEBHOOK_ALERTS = "notify_deliveries_total{channel=\"WEBHOOK\",purpose=\"ALERT\",status=\"SENT\"}";
    private static final String FAILED_WEBHOOK_ALERTS = "notify_deliveries_total{channel=\"WEBHOOK\",purpose=\"ALERT\",status=\"FAILED\"}";
    private static final String SENT_MAIL_APPEALS = "notify_deliveries_total{channel=\"EMAIL\",purpose=\"APPEAL\",status=\"SENT\"}";
    private static final String WEBHOOK_LATENCY_COUNT = "notify_alert_to_delivery_seconds_count{channel=\"WEBHOOK\",purpose=\"ALERT\"}";
    private static final String WEBHOOK_LATENCY_SUM = "notify_alert_to_delivery_seconds_sum{channel=\"WEBHOOK\",purpose=\"ALERT\"}";
    private static final String RAISED_IMMINENT = "notify_alerts_received_total{kind=\"RAISED\",level=\"IMMINENT\"}";

    @Test
    void deliveriesAreCountedByStatusAndChannelAndTimedFromTheAlert() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer(n -> n == 1 ? 502 : 200);
            String province = AlertEvents.province();
            NotifyClient.Webhook hook = client.webhook(receiver.url(), Level.WATCH, List.of(province));
            NotifyClient.Recipient recipient = client.recipient(Map.of());
            String before = metrics();

            String caseId = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true));
            assertThat(awaitSettled(caseId, List.of(hook.id(), recipient.id())))
                    .extracting(delivery -> delivery.get("status")).containsOnly("SENT");

            String after = metrics();
            assertThat(value(after, SENT_WEBHOOK_ALERTS)).isGreaterThanOrEqualTo(value(before, SENT_WEBHOOK_ALERTS) + 1);
            assertThat(value(after, FAILED_WEBHOOK_ALERTS))
                    .isGreaterThanOrEqualTo(value(before, FAILED_WEBHOOK_ALERTS) + 1);
            assertThat(value(after, SENT_MAIL_APPEALS)).isGreaterThanOrEqualTo(value(before, SENT_MAIL_APPEALS) + 1);
            assertThat(value(after, RAISED_IMMINENT)).isGreaterThanOrEqualTo(value(before, RAISED_IMMINENT) + 1);
            assertThat(value(after, WEBHOOK_LATENCY_COUNT))
                    .isGreaterThanOrEqualTo(value(before, WEBHOOK_LATENCY_COUNT) + 1);
            assertThat(value(after, WEBHOOK_LATENCY_SUM)).isGreaterThan(value(before, WEBHOOK_LATENCY_SUM));
            // a histogram: Prometheus adds the buckets of all replicas up before it takes a percentile
            assertThat(after).contains("# TYPE notify_alert_to_delivery_seconds histogram",
                    "notify_alert_to_delivery_seconds_bucket{", "# TYPE notify_deliveries counter");
        }
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sample's value, 0 while the series does not exist yet; an exemplar ({@code # {trace_id=...}}) may follow it. */
    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)(?: # .*)?$", Pattern.MULTILINE)
                .matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
