package org.casealert.alert.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casealert.events.DetentionReported;
import org.casealert.events.tracing.TraceScope;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.context.Context;

/**
 * Applies a poll batch of reports in one transaction: locks the names they carry, files each report
 * (the processed-event log stays per event), refreshes each changed case's facts once, and decides
 * them. Measures what it costs per report and how long a report took from intake to its decision. Each
 * report is filed in its own trace context (its event's trace), and a case's alert is written in the context
 * of the first report of the batch that changed the case, so the alert continues that report's trace.
 */
@ApplicationScoped
public class ReportApplier {

    private final CaseLocks locks;
    private final CaseFiling filing;
    private final ReportedFacts facts;
    private final CaseDecisions decisions;
    private final Clock clock;
    private final Timer latency;
    private final Timer cost;

    ReportApplier(CaseLocks locks, CaseFiling filing, ReportedFacts facts, CaseDecisions decisions, Clock clock,
            MeterRegistry registry) {
        this.locks = locks;
        this.filing = filing;
        this.facts = facts;
        this.decisions = decisions;
        this.clock = clock;
        this.latency = Timer.builder("alert.report.latency")
                .description("From a report's receipt at intake to its case being decided here")
                .publishPercentileHistogram().register(registry);
        this.cost = Timer.builder("alert.report.apply")
                .description("Time spent applying one report: its batch's transaction divided by the batch's reports")
                .publishPercentileHistogram().register(registry);
    }

    /** Applies one report; returns the id of its case (also when the event was seen before). */
    @Transactional
    public String apply(DetentionReported report) {
        return apply(List.of(report)).get(0);
    }

    /** Applies one report in the given trace context (its event's). */
    @Transactional
    public String apply(DetentionReported report, Context trace) {
        return apply(List.of(report), List.of(trace)).get(0);
    }

    /** Applies the reports in order; returns the id of each one's case. */
    @Transactional
    public List<String> apply(List<DetentionReported> reports) {
        return apply(reports, Collections.nCopies(reports.size(), Context.current()));
    }

    /** Applies the reports in order, each in its trace context ({@code traces}, one per report). */
    @Transactional
    public List<String> apply(List<DetentionReported> reports, List<Context> traces) {
        long started = System.nanoTime();
        locks.forReports(reports);
        Instant now = clock.instant();
        Map<String, TouchedCase> touched = new LinkedHashMap<>();
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            DetentionReported report = reports.get(i);
            Context trace = traces.get(i);
            CaseFile file;
            try (TraceScope scope = TraceScope.enter(trace)) {
                file = filing.file(report, now, existing -> touched.computeIfAbsent(existing.id,
                        id -> new TouchedCase(existing, CaseSnapshot.of(existing), trace)));
            }
            if (file == null) {
                caseIds.add(CaseFiling.caseOfReport(report.reportId()));
                continue;
            }
            touched.putIfAbsent(file.id, new TouchedCase(file, null, trace));
            caseIds.add(file.id);
        }
        touched.values().forEach(t -> facts.refresh(t.file()));
        decisions.finish(touched.values(), now);
        for (DetentionReported report : reports) {
            Duration waited = Duration.between(report.receivedAt(), now);
            if (!waited.isNegative()) { // clocks of two machines may disagree a little
                latency.record(waited);
            }
        }
        Duration each = Duration.ofNanos((System.nanoTime() - started) / reports.size());
        reports.forEach(report -> cost.record(each));
        return caseIds;
    }
}
