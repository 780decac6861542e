package org.casealert.notify.delivery;

import java.time.Duration;
import java.util.Map;

import org.casealert.notify.NotifyConfigs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Backoff doubles from the initial wait, with jitter, up to the cap; the last attempt makes a delivery DEAD. */
class DeliveryRetryPolicyTest {

    private final DeliveryRetryPolicy policy = new DeliveryRetryPolicy(NotifyConfigs.with(Map.of(
            "notify.delivery.max-attempts", "6", "notify.delivery.initial-backoff", "10s",
            "notify.delivery.max-backoff", "30m")));

    @ParameterizedTest
    @CsvSource({ "1, 10", "2, 20", "3, 40", "4, 80", "5, 160", "8, 1280", "9, 1800", "20, 1800", "60, 1800" })
    void waitsBetweenHalfAndAllOfTheDoubledBackoff(int attempts, long ceilingSeconds) {
        for (int i = 0; i < 200; i++) {
            Duration backoff = policy.backoff(attempts);
            assertThat(backoff).isBetween(Duration.ofSeconds(ceilingSeconds).dividedBy(2),
                    Duration.ofSeconds(ceilingSeconds));
        }
    }

    @ParameterizedTest
    @CsvSource({ "1, false", "5, false", "6, true", "7, true" })
    void isExhaustedAfterTheConfiguredAttempts(int attempts, boolean exhausted) {
        assertThat(policy.exhausted(attempts)).isEqualTo(exhausted);
    }
}
