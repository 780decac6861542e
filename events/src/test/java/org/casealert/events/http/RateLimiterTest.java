package org.casealert.events.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    @Test
    void aBurstPassesThenTheCallerWaits() {
        RateLimiter limiter = new RateLimiter(1, 3);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("203.0.113.7");
        }
        assertThatThrownBy(() -> limiter.acquire("203.0.113.7")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(429));
        limiter.acquire("198.51.100.1");
    }

    @Test
    void aFloodOfDistinctKeysKeepsABoundedNumberOfBuckets() {
        RateLimiter limiter = new RateLimiter(60, 5, 1_000);
        for (int i = 0; i < 200_000; i++) {
            limiter.acquire("spoofed-" + i);
        }
        assertThat(limiter.keys()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void aBucketLeftAloneUntilFullIsDropped() throws InterruptedException {
        // 6000 a minute with a burst of 1: full again after 10 ms
        RateLimiter limiter = new RateLimiter(6_000, 1);
        limiter.acquire("203.0.113.7");
        assertThat(limiter.keys()).isEqualTo(1);
        Thread.sleep(100);
        assertThat(limiter.keys()).isZero();
    }
}
