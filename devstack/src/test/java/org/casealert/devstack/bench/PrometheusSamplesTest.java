package org.casealert.devstack.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrometheusSamplesTest {

    private static final String BEFORE = """
            # HELP alert_report_apply_seconds cost of applying one report
            # TYPE alert_report_apply_seconds summary
            alert_report_apply_seconds_count{partition="0"} 10.0
            alert_report_apply_seconds_sum{partition="0"} 0.5
            alert_report_apply_seconds_count{partition="1"} 10.0
            alert_report_apply_seconds_sum{partition="1"} 0.5
            alert_report_apply_seconds_max{partition="0"} NaN
            jvm_threads_live_threads 42.0
            """;
    private static final String AFTER = """
            alert_report_apply_seconds_count{partition="0"} 15.0
            alert_report_apply_seconds_sum{partition="0"} 0.6
            alert_report_apply_seconds_count{partition="1"} 15.0
            alert_report_apply_seconds_sum{partition="1"} 0.6
            """;

    @Test
    void samplesAreSummedOverTheirLabels() {
        PrometheusSamples samples = PrometheusSamples.parse(BEFORE);
        assertEquals(20.0, samples.get("alert_report_apply_seconds_count").getAsDouble());
        assertEquals(42.0, samples.get("jvm_threads_live_threads").getAsDouble());
        assertTrue(samples.get("alert_report_apply_seconds_max").isEmpty());
    }

    @Test
    void samplesCanBeSummedOverSomeLabels() {
        PrometheusSamples memory = PrometheusSamples.parse("""
                jvm_memory_committed_bytes{area="heap",id="G1 Eden Space"} 1048576.0
                jvm_memory_committed_bytes{area="heap",id="G1 Old Gen"} 2097152.0
                jvm_memory_committed_bytes{area="nonheap",id="Metaspace"} 4194304.0
                """);
        assertEquals(3145728.0, memory.sum("jvm_memory_committed_bytes", "area=\"heap\""));
        assertEquals(4194304.0, memory.sum("jvm_memory_committed_bytes", "area=\"nonheap\""));
    }

    @Test
    void theMeanBetweenTwoScrapesIsTheSumsDeltaOverTheCountsDelta() {
        double mean = PrometheusSamples.meanMillis(PrometheusSamples.parse(BEFORE), PrometheusSamples.parse(AFTER),
                "alert_report_apply_seconds").getAsDouble();
        assertEquals(20.0, mean, 1e-9); // 0.2 s over 10 reports
    }

    @Test
    void aTimerTheServiceDoesNotHaveHasNoMean() {
        PrometheusSamples none = PrometheusSamples.parse("jvm_threads_live_threads 42.0\n");
        assertTrue(PrometheusSamples.meanMillis(none, none, "alert_report_apply_seconds").isEmpty());
    }

    @Test
    void aTimerFirstRegisteredBetweenTheScrapesCountsFromZero() {
        PrometheusSamples none = PrometheusSamples.parse("jvm_threads_live_threads 42.0\n");
        assertEquals(40.0, PrometheusSamples.meanMillis(none, PrometheusSamples.parse(AFTER),
                "alert_report_apply_seconds").getAsDouble(), 1e-9);
    }
}
