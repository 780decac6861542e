package org.casealert.events.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per key (a hotline, a client address): bursts up to {@code burst} pass, then
 * {@code perMinute} sustained; beyond that the caller gets 429 with {@code Retry-After}. Limits are
 * per instance.
 */
public final class RateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double tokensPerNano;
    private final int burst;

    public RateLimiter(double perMinute, int burst) {
        this.tokensPerNano = perMinute / TimeUnit.MINUTES.toNanos(1);
        this.burst = burst;
    }

    /** Takes one token for {@code key}, or throws a 429 problem saying when to retry. */
    public void acquire(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, id -> new Bucket(burst, System.nanoTime()));
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

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }
}
