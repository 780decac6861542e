package org.casealert.devstack.bench;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Latencies latencies = Latencies.ofNanos(LongStream.rangeClosed(1, 200).map(n -> n * 1_000_000).toArray());
        assertEquals(200, latencies.count());
        assertEquals(100, latencies.p50());
        assertEquals(180, latencies.p90());
        assertEquals(198, latencies.p99());
        assertEquals(200, latencies.max());
        assertEquals(100.5, latencies.mean());
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Latencies latencies = Latencies.ofNanos(new long[] { 7_500_000 });
        assertEquals(7.5, latencies.p50());
        assertEquals(7.5, latencies.p99());
    }

    @Test
    void noSamplesAreNone() {
        assertEquals(Latencies.NONE, Latencies.ofNanos(new long[0]));
        assertEquals("(none)", Latencies.NONE.toString());
    }
}
