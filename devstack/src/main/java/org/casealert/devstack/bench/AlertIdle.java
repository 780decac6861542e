package org.casealert.devstack.bench;

import java.time.Duration;
import java.time.Instant;

import org.casealert.events.Topics;

/**
 * Waits until alert-service is idle: its consumer group has consumed every report on
 * {@code detention-reports}, and it published no alert for a moment (its clock and the re-decisions a
 * report causes publish after the report itself).
 */
final class AlertIdle {

    /** alert-service's consumer group ({@code mp.messaging.incoming.detention-reports.group.id}). */
    private static final String GROUP = "alert-service";
    private static final Duration QUIET = Duration.ofSeconds(2);

    private AlertIdle() {
    }

    /** @return whether it became idle within {@code patience} */
    static boolean await(StackClient stack, AlertTap tap, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        try (ConsumerLag lag = new ConsumerLag(stack.env("KAFKA_BOOTSTRAP_SERVERS"), GROUP, Topics.DETENTION_REPORTS)) {
            while (lag.lag().orElse(0) > 0 || tap.quietFor().compareTo(QUIET) < 0) {
                if (Instant.now().isAfter(deadline)) {
                    return false;
                }
                Thread.sleep(200);
            }
            return true;
        }
    }
}
