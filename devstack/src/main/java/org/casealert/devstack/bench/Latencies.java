package org.casealert.devstack.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Percentiles of a set of durations (nearest rank), in milliseconds. */
record Latencies(int count, double p50, double p90, double p99, double max, double mean) {

    static final Latencies NONE = new Latencies(0, 0, 0, 0, 0, 0);

    static Latencies of(Collection<Duration> durations) {
        return ofNanos(durations.stream().mapToLong(Duration::toNanos).toArray());
    }

    static Latencies ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return NONE;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, millis(rank(sorted, 50)), millis(rank(sorted, 90)),
                millis(rank(sorted, 99)), millis(sorted[sorted.length - 1]),
                millis((long) Arrays.stream(sorted).average().orElse(0)));
    }

    private static long rank(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    @Override
    public String toString() {
        return count == 0 ? "(none)"
                : String.format(Locale.ROOT, "p50 %s  p90 %s  p99 %s  max %s  (n=%d)", format(p50), format(p90),
                        format(p99), format(max), count);
    }

    static String format(double millis) {
        return millis >= 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000)
                : millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis)
                        : String.format(Locale.ROOT, "%.1f ms", millis);
    }
}
