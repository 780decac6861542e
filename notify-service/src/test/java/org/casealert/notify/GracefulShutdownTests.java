package org.casealert.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.Level;
import org.casealert.notify.delivery.DeliveryWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casealert.notify.NotifyClient.awaitSettled;
import static org.casealert.notify.NotifyClient.deliveries;

/**
 * A rolling restart of the delivery worker: it stops while slow webhook targets are mid-send, lets those sends
 * finish and be recorded, leaves what comes in meanwhile to the next start, and no delivery arrives twice.
 */
@QuarkusTest
class GracefulShutdownTests extends NotifyTest {

    private static final long SLOW_TARGET_MILLIS = 1_500;

    @Inject
    DeliveryWorker worker;

    @AfterEach
    void workerRuns() {
        worker.start();
    }

    @Test
    void aRestartMidSendRepeatsNoDelivery() throws Exception {
        String province = AlertEvents.province();
        List<WebhookReceiver> targets = new ArrayList<>();
        List<String> hooks = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                WebhookReceiver target = WebhookReceiver.start();
                target.delay(SLOW_TARGET_MILLIS);
                targets.add(target);
                hooks.add(client.webhook(target.url(), Level.WATCH, List.of(province)).id());
            }
            String before = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(before, AlertKind.RAISED, Level.IMMINENT, province, false));
            // every delivery claimed and on its way to a target that takes its time to answer
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> deliveries(before).size() == 3
                            && deliveries(before).stream().allMatch(delivery -> (int) delivery.get("attempts") == 1));
            assertThat(targets).allSatisfy(target -> assertThat(target.received()).as("still mid-send").isEmpty());

            long stopping = System.nanoTime();
            assertThat(worker.stop(Duration.ofSeconds(10))).as("the sends under way finished in time").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("it waited for the slow targets")
                    .isGreaterThan(Duration.ofMillis(SLOW_TARGET_MILLIS / 2));
            assertThat(deliveries(before)).as("recorded before the worker stopped")
                    .allSatisfy(delivery -> assertThat(delivery).containsEntry("status", "SENT"));

            // what arrives while no worker runs waits for the next one, unclaimed
            String during = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(during, AlertKind.RAISED, Level.IMMINENT, province, false));
            await().atMost(Duration.ofSeconds(20)).until(() -> deliveries(during).size() == 3);
            Thread.sleep(1_500);
            assertThat(deliveries(during)).allSatisfy(delivery -> assertThat(delivery).containsEntry("status", "PENDING")
                    .containsEntry("attempts", 0));

            worker.start();
            assertThat(awaitSettled(during, hooks)).extracting(delivery -> delivery.get("status")).containsOnly("SENT");
            // past the test profile's 15 s lease: nothing a cut-off send would have left behind comes again
            Thread.sleep(16_000);
            for (WebhookReceiver target : targets) {
                Map<String, Long> arrivals = target.received().stream()
                        .collect(Collectors.groupingBy(WebhookReceiver.Received::id, Collectors.counting()));
                assertThat(arrivals).hasSize(2).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
            }
            assertThat(deliveries(before)).extracting(delivery -> delivery.get("attempts")).containsOnly(1);
            assertThat(deliveries(during)).extracting(delivery -> delivery.get("attempts")).containsOnly(1);
        } finally {
            targets.forEach(WebhookReceiver::close);
        }
    }
}
