package org.casealert.devstack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The run's figures: a table on the console and the same figures as JSON under {@code target/bench/}. */
final class BenchReport {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    final Map<String, Object> figures = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    MassEvent.Result mass;
    AlertCost.Result cost;
    IntakeSaturation.Result intake;
    JdbcBaseline.Result jdbc;
    ClosedLoop.Throughput kafka;
    List<ResidentMemory.Usage> memoryAfterPipeline;
    List<ResidentMemory.Usage> memoryAtEnd;

    void print(PrintStream out, Path json) {
        out.println();
        out.println("=".repeat(100));
        figures.forEach((key, value) -> out.printf(Locale.ROOT, "%-22s %s%n", key, value));
        if (mass != null) {
            printMassEvent(out);
        }
        if (cost != null) {
            printCost(out);
        }
        if (intake != null || jdbc != null || kafka != null) {
            printThroughput(out);
        }
        printMemory(out, "resident memory after the mass event and the alert cost", memoryAfterPipeline);
        printMemory(out, "resident memory at the end", memoryAtEnd);
        if (!notes.isEmpty()) {
            out.println();
            out.println("notes");
            notes.forEach(note -> out.println("  - " + note));
        }
        out.println();
        out.println("JSON: " + json);
        out.println("=".repeat(100));
    }

    private void printMassEvent(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT,
                "mass event: %d people across the five crossings from %d hotlines at %.0f/s (posted in %.1f s)%n",
                mass.people(), mass.hotlines(), mass.rate(), mass.postingSeconds());
        row(out, "POST → 202", mass.postToAnswer());
        row(out, "POST → alert on Kafka", mass.postToAlertPublished());
        row(out, "POST → advocate webhook", mass.postToWebhook());
        row(out, "last POST → last webhook",
                seconds(mass.lastPostToLastWebhookMs()) + "   (the last first webhook of a report: "
                        + seconds(mass.lastPostToLastFirstWebhookMs()) + ")" + (mass.drained() ? "" : "   NOT DRAINED"));
        row(out, "answers", mass.statuses() + "");
        row(out, "cases, alerts", mass.cases() + " cases, " + mass.alerts() + " alerts " + mass.alertsByKind() + ", "
                + mass.batches() + " corridor batches (largest " + mass.largestBatch() + " cases)");
        row(out, "webhooks", mass.webhooks() + " delivered, " + mass.lost() + " lost, " + mass.duplicated()
                + " duplicated; " + mass.reportsWithoutWebhook() + " reports without a webhook");
        row(out, "alert-service apply", mass.alertApplyMeanMs() == null ? "(no " + AlertCost.APPLY_TIMER + " timer)"
                : Latencies.format(mass.alertApplyMeanMs()) + " per report, mean over the " + mass.alertReportsApplied()
                        + " reports applied during the event");
        Letters.Count letters = mass.letters();
        row(out, "letters", letters.total() + " (" + letters.caseLetters() + " case appeals, " + letters.groupLetters()
                + " group letters); at most " + letters.mostPerInstitutionAndCrossing()
                + " to one institution about one crossing");
    }

    private void printCost(PrintStream out) {
        out.println();
        out.println("alert-service cost per report in corridor " + cost.few().corridor());
        for (AlertCost.AtSize size : List.of(cost.few(), cost.many())) {
            row(out, size.target() + " open cases", String.format(Locale.ROOT,
                    "apply %s (n=%d; %d→%d open)   probe POST → alert on Kafka %s%s",
                    size.applyMeanMs() == null ? "(no timer)" : Latencies.format(size.applyMeanMs()) + " per report",
                    size.applied(),
                    size.openBefore(), size.openAfter(), size.probePostToAlert(),
                    size.probesWithoutAlert() > 0 ? "; " + size.probesWithoutAlert() + " probes without an alert" : ""));
        }
        row(out, "ratio", (cost.ratio() == null ? "(none)" : String.format(Locale.ROOT, "%.2f×", cost.ratio())) + " by "
                + cost.basis());
    }

    private void printThroughput(PrintStream out) {
        out.println();
        out.println("throughput, " + (intake != null ? intake.throughput().clients()
                : jdbc != null ? jdbc.throughput().clients() : kafka.clients()) + " concurrent clients"
                + (intake != null ? ", payload " + intake.payloadBytes() + " bytes" : ""));
        if (intake != null) {
            throughput(out, "intake POST /reports", intake.throughput());
        }
        if (jdbc != null) {
            throughput(out, "JDBC insert + commit", jdbc.throughput());
            row(out, "", "PostgreSQL " + jdbc.settings());
        }
        if (kafka != null) {
            throughput(out, "Kafka send, acks=all", kafka);
        }
        if (intake != null && jdbc != null) {
            row(out, "intake / JDBC", ratio(intake.throughput().perSecond(), jdbc.throughput().perSecond()));
        }
        if (intake != null && kafka != null) {
            row(out, "intake / Kafka", ratio(intake.throughput().perSecond(), kafka.perSecond()));
        }
    }

    private static void throughput(PrintStream out, String label, ClosedLoop.Throughput throughput) {
        row(out, label, String.format(Locale.ROOT, "%7.0f/s over %.0f s   %s   %s", throughput.perSecond(),
                throughput.seconds(), throughput.latencies(), throughput.outcomes()));
        StringBuilder cpu = new StringBuilder("CPU per call:");
        throughput.cpuMsPerCall().forEach((process, millis) -> cpu.append(String.format(Locale.ROOT, " %s %.2f ms,",
                process, millis)));
        double total = throughput.cpuMsPerCall().values().stream().mapToDouble(Double::doubleValue).sum();
        row(out, "", cpu.append(String.format(Locale.ROOT, " in all %.2f ms (%.0f%% of %d cores)", total,
                total * throughput.perSecond() / 10 / Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors())));
    }

    private static void printMemory(PrintStream out, String title, List<ResidentMemory.Usage> usages) {
        if (usages == null) {
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "%-64s %7s %7s %7s %5s  %s%n", title, "RSS MB", "anon MB", "PSS MB", "-Xmx",
                "heap used / committed, non-heap committed (MB)");
        for (ResidentMemory.Usage usage : usages) {
            out.printf(Locale.ROOT, "  %-62s %7.0f %7.0f %7.0f %5s  %s%n", usage.name() + " " + usage.pids().get(0),
                    usage.rssKb() / 1024.0, usage.anonKb() / 1024.0, usage.pssKb() / 1024.0,
                    usage.heapLimit() == null ? "" : usage.heapLimit(), usage.jvm() == null ? ""
                            : usage.jvm().heapUsedMb() + " / " + usage.jvm().heapCommittedMb() + ", "
                                    + usage.jvm().nonHeapCommittedMb());
        }
    }

    private static void row(PrintStream out, String label, Object value) {
        out.printf(Locale.ROOT, "  %-30s %s%n", label, value);
    }

    private static String seconds(Double millis) {
        return millis == null ? "(none)" : String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    private static String ratio(double a, double b) {
        return b == 0 ? "(none)" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    void write(Path file) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>(figures);
        document.put("massEvent", mass);
        document.put("alertCost", cost);
        document.put("intake", intake);
        document.put("jdbcBaseline", jdbc);
        document.put("kafkaBaseline", kafka);
        if (intake != null && jdbc != null) {
            document.put("intakeToJdbc", intake.throughput().perSecond() / jdbc.throughput().perSecond());
        }
        if (intake != null && kafka != null) {
            document.put("intakeToKafka", intake.throughput().perSecond() / kafka.perSecond());
        }
        document.put("memoryAfterPipeline", memoryAfterPipeline);
        document.put("memoryAtEnd", memoryAtEnd);
        document.put("notes", notes);
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), document);
    }
}
