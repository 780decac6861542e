package org.casealert.devstack.bench;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casealert.devstack.testing.WebhookReceiver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The advocate's webhook endpoint on loopback, subscribed to every alert for the run: which alerts were
 * delivered, how often (a delivery is a 2xx answer; more than one for an alert is a duplicate), and when
 * the first webhook naming each report arrived.
 */
final class WebhookCollector implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A delivered webhook: the alert it carries, its case and reports, and when it arrived. */
    record Delivery(String alertId, String caseId, List<String> reportIds, Instant arrivedAt) {
    }

    private final WebhookReceiver receiver;
    private final StackClient stack;
    private final String subscription;
    private final Map<String, Integer> deliveriesByAlert = new HashMap<>();
    private final Map<String, Delivery> firstByReport = new HashMap<>();
    private int seen;

    WebhookCollector(StackClient stack) throws IOException {
        this.receiver = WebhookReceiver.start(16);
        this.stack = stack;
        this.subscription = stack.subscribeWebhook(receiver.url());
    }

    /** Takes in what arrived since the last call. */
    synchronized void refresh() {
        List<WebhookReceiver.Received> received = receiver.accepted();
        for (WebhookReceiver.Received request : received.subList(seen, received.size())) {
            Delivery delivery = parse(request);
            deliveriesByAlert.merge(delivery.alertId(), 1, Integer::sum);
            for (String reportId : delivery.reportIds()) {
                firstByReport.merge(reportId, delivery, (a, b) -> a.arrivedAt().isAfter(b.arrivedAt()) ? b : a);
            }
        }
        seen = received.size();
    }

    private static Delivery parse(WebhookReceiver.Received request) {
        try {
            JsonNode alert = JSON.readTree(request.body()).path("alert");
            List<String> reportIds = new ArrayList<>();
            alert.path("case").path("reportIds").forEach(id -> reportIds.add(id.asText()));
            return new Delivery(alert.path("eventId").asText(), alert.path("case").path("id").asText(), reportIds,
                    request.arrivedAt());
        } catch (IOException e) {
            throw new IllegalStateException("a webhook that is not JSON: " + request.body(), e);
        }
    }

    synchronized Optional<Delivery> firstNaming(String reportId) {
        return Optional.ofNullable(firstByReport.get(reportId));
    }

    /** How many times an alert was delivered: 0 lost, 1 as it should be, more duplicated. */
    synchronized int deliveries(String alertId) {
        return deliveriesByAlert.getOrDefault(alertId, 0);
    }

    /** Every delivery so far. */
    List<Delivery> delivered() {
        return receiver.accepted().stream().map(WebhookCollector::parse).toList();
    }

    @Override
    public void close() {
        try {
            stack.unsubscribe(subscription);
        } finally {
            receiver.close();
        }
    }
}
