package org.casealert.devstack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What applying one report costs the alert service with a given number of open cases in one corridor:
 * fills the corridor up to that number, waits until the alert service is idle (its consumer group has no
 * lag and it published no alert for a moment), then posts probe reports
 * into it one at a time, each after the previous one's alert was published. The cost is the mean of the
 * service's {@code alert_report_apply_seconds} timer over the probes (Δsum / Δcount); where the service
 * has no such timer, the time from each probe's POST to its alert on Kafka stands in for it.
 */
final class AlertCost {

    static final String APPLY_TIMER = "alert_report_apply_seconds";
    static final String LATENCY_TIMER = "alert_report_latency_seconds";
    static final Crossing CORRIDOR = Crossing.TUMEN_ONSONG;

    private static final Duration PROBE_PATIENCE = Duration.ofSeconds(60);

    /** The cost at one corridor size. */
    record AtSize(String corridor, int target, int openBefore, int openAfter, int filled, Double applyMeanMs,
            long applied, Double receivedToDecidedMeanMs, Latencies probePostToAlert, int probesWithoutAlert) {
    }

    /** The cost at the two sizes and their ratio, by the timer if the service has it, else by the probes' times. */
    record Result(AtSize few, AtSize many, Double ratio, String basis) {

        static Result of(AtSize few, AtSize many) {
            if (few.applyMeanMs() != null && many.applyMeanMs() != null) {
                return new Result(few, many, many.applyMeanMs() / few.applyMeanMs(),
                        APPLY_TIMER + " (mean per report, from _sum and _count)");
            }
            return new Result(few, many,
                    few.probePostToAlert().count() == 0 || many.probePostToAlert().count() == 0 ? null
                            : many.probePostToAlert().p50() / few.probePostToAlert().p50(),
                    "median POST → alert on Kafka of the probes: alert-service has no " + APPLY_TIMER
                            + " (an older build); the figure includes intake and both outbox relays");
        }
    }

    private final StackClient stack;
    private final ReportBodies bodies;
    private final AlertTap tap;

    AlertCost(StackClient stack, ReportBodies bodies, AlertTap tap) {
        this.stack = stack;
        this.bodies = bodies;
        this.tap = tap;
    }

    AtSize at(int target, String run, BenchOptions options) throws Exception {
        int open = stack.openCases(CORRIDOR.corridor);
        int filled = Math.max(0, target - open);
        if (filled > 0) {
            fill(filled, run + " corridor to " + target, options);
        }
        AlertIdle.await(stack, tap, options.patience());
        int openBefore = stack.openCases(CORRIDOR.corridor);
        HotlinePool hotline = HotlinePool.fixed(stack, run + " probes at " + target, 1);
        PrometheusSamples before = stack.metrics("alert");
        List<Duration> toAlert = new ArrayList<>();
        int missing = 0;
        for (int i = 0; i < options.probes(); i++) {
            LoadGenerator.Posted probe = LoadGenerator.postNow(stack.reportsEndpoint(), i,
                    new LoadGenerator.Report("X-Api-Key: " + hotline.key(0) + "\r\n", bodies.atBorder(CORRIDOR)));
            Optional<AlertTap.Alert> alert = probe.accepted() ? awaitAlert(probe.reportId()) : Optional.empty();
            alert.ifPresent(published -> toAlert.add(Duration.between(probe.sentAt(), published.publishedAt())));
            missing += alert.isEmpty() ? 1 : 0;
        }
        PrometheusSamples after = stack.metrics("alert");
        return new AtSize(CORRIDOR.corridor, target, openBefore, stack.openCases(CORRIDOR.corridor), filled,
                boxed(PrometheusSamples.meanMillis(before, after, APPLY_TIMER)),
                (long) PrometheusSamples.delta(before, after, APPLY_TIMER + "_count"),
                boxed(PrometheusSamples.meanMillis(before, after, LATENCY_TIMER)), Latencies.of(toAlert), missing);
    }

    /** Opens {@code count} more cases in the corridor, at the run's rate, and waits until each was decided. */
    private void fill(int count, String label, BenchOptions options) throws Exception {
        HotlinePool hotlines = HotlinePool.fixed(stack, label,
                (count + options.reportsPerHotline() - 1) / options.reportsPerHotline());
        List<LoadGenerator.Report> reports = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            reports.add(new LoadGenerator.Report("X-Api-Key: " + hotlines.key(n) + "\r\n", bodies.atBorder(CORRIDOR)));
        }
        List<LoadGenerator.Posted> posted = LoadGenerator.atFixedRate(stack.reportsEndpoint(), reports, options.rate(),
                options.clients());
        Instant deadline = Instant.now().plus(options.patience());
        for (LoadGenerator.Posted report : posted) {
            while (report.accepted() && tap.firstNaming(report.reportId()).isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        }
    }

    private Optional<AlertTap.Alert> awaitAlert(String reportId) throws InterruptedException {
        Instant deadline = Instant.now().plus(PROBE_PATIENCE);
        for (Optional<AlertTap.Alert> alert = tap.firstNaming(reportId); Instant.now().isBefore(deadline); alert = tap
                .firstNaming(reportId)) {
            if (alert.isPresent()) {
                return alert;
            }
            Thread.sleep(5);
        }
        return Optional.empty();
    }

    static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
