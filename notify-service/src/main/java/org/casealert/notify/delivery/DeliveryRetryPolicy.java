package org.casealert.notify.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.notify.config.NotifyConfig;

/**
 * Exponential backoff with jitter: after the n-th failed attempt wait between half and all of
 * {@code initial · 2^(n-1)} (capped), so retries of many deliveries to one failing target spread out.
 * After {@code maxAttempts} a delivery is DEAD.
 */
@ApplicationScoped
public class DeliveryRetryPolicy {

    private final int maxAttempts;
    private final Duration initial;
    private final Duration max;

    DeliveryRetryPolicy(NotifyConfig config) {
        this.maxAttempts = config.delivery().maxAttempts();
        this.initial = config.delivery().initialBackoff();
        this.max = config.delivery().maxBackoff();
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    public Duration backoff(int attempts) {
        long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(30, Math.max(0, attempts - 1)));
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
