package org.casealert.events.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A token bucket per key (a hotline, a client address, an e-mail address): bursts up to {@code burst} pass, then
 * {@code perMinute} sustained; beyond that the caller gets 429 with {@code Retry-After}. Limits are per instance.
 * Memory is bounded: a bucket left alone until it is full again is dropped (it is the same as a new one), and at
 * most {@code maxKeys} are kept, the least recently used going first, so a flood of distinct keys (spoofed
 * addresses) costs a bounded amount of memory.
 */
public final class RateLimiter {

    /** Keys kept at most by default: some tens of bytes each. */
    public static final long DEFAULT_MAX_KEYS = 100_000;

    private final Cache<String, Bucket> buckets;
    private final double tokensPerNano;
    private final int burst;

    public RateLimiter(double perMinute, int burst) {
        this(perMinute, burst, DEFAULT_MAX_KEYS);
    }

    public RateLimiter(double perMinute, int burst, long maxKeys) {
        this.tokensPerNano = perMinute / TimeUnit.MINUTES.toNanos(1);
        this.burst = burst;
        Duration refill = Duration.ofNanos((long) Math.ceil(burst / tokensPerNano));
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(refill).build();
    }

    /** Takes one token for {@code key}, or throws a 429 problem saying when to retry. */
    public void acquire(String key) {
        Bucket bucket = buckets.get(key, id -> new Bucket(burst, System.nanoTime()));
        synchronized (bucket) {
            long now = System.nanoTime();
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.refilledAt) * tokensPerNano);
            bucket.refilledAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return;
            }
            long waitNanos = (long) Math.ceil((1 - bucket.tokens) / tokensPerNano);
            throw ProblemException.tooManyRequests(TimeUnit.NANOSECONDS.toSeconds(waitNanos) + 1);
        }
    }

    /** How many keys have a bucket now (after dropping those due to go). */
    public long keys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }
}
