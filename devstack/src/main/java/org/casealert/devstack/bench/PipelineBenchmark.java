package org.casealert.devstack.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import org.casealert.devstack.launcher.EnvFile;

/**
 * The system against its physical limit, in one run on a running devstack: a mass detention reported
 * across the five crossings (POST → advocate webhook, what the event produced, lost and duplicated
 * deliveries), the alert service's cost per report with few and with many open cases in a corridor,
 * intake at saturation beside plain JDBC and Kafka on the same PostgreSQL and broker, and the resident
 * memory of every process. Prints a table and writes the figures as JSON under {@code target/bench/}.
 *
 * <pre>
 * ./mvnw install -DskipTests &amp;&amp; java -jar devstack/target/devstack.jar --fresh    # one terminal
 * java -cp devstack/target/devstack.jar org.casealert.devstack.bench.PipelineBenchmark  # another
 * </pre>
 */
public final class PipelineBenchmark {

    private final BenchOptions options;
    private final StackClient stack;
    private final String run = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
            .format(Instant.now());
    private final ReportBodies bodies = new ReportBodies(run);
    private final BenchReport report = new BenchReport();

    private PipelineBenchmark(BenchOptions options, Map<String, String> env) {
        this.options = options;
        this.stack = new StackClient(env);
    }

    public static void main(String[] args) throws Exception {
        // the Kafka clients log through SLF4J; the benchmark's own lines are enough
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new PipelineBenchmark(options, EnvFile.read(options.envFile())).run();
        System.exit(0); // the HTTP client's and Kafka's threads would keep the JVM a while longer
    }

    private void run() throws Exception {
        report.figures.put("run", run);
        report.figures.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + ResidentMemory.totalMb()
                + " MB of memory");
        report.figures.put("stack", stack.env("INTAKE_URL") + ", " + stack.env("ALERT_URL") + ", "
                + stack.env("NOTIFY_URL") + ", Kafka " + stack.env("KAFKA_BOOTSTRAP_SERVERS"));
        report.figures.put("options", options.describe());
        report.figures.put("rate limits", "intake limits reports per hotline (intake.rate-limit.burst, 300 by default, "
                + "then intake.rate-limit.reports-per-minute, 120); the benchmark posts from hotlines made for it, "
                + "at most " + options.reportsPerHotline() + " reports with each one's key, so no report meets the limit "
                + "(429 answers are counted below)");
        pipeline();
        if (options.runs("memory")) {
            report.memoryAfterPipeline = ResidentMemory.of(stack);
        }
        throughput();
        if (options.runs("memory")) {
            report.memoryAtEnd = ResidentMemory.of(stack);
        }
        Path json = options.outputDirectory().resolve("pipeline-" + run + ".json");
        report.print(System.out, json);
        report.write(json);
        report.write(options.outputDirectory().resolve("latest.json"));
    }

    /** The phases that follow reports through the alert service to the webhook. */
    private void pipeline() throws Exception {
        if (!options.runs("mass") && !options.runs("cost")) {
            return;
        }
        try (AlertTap tap = new AlertTap(stack.env("KAFKA_BOOTSTRAP_SERVERS"));
                WebhookCollector webhooks = new WebhookCollector(stack)) {
            if (options.warmupReports() > 0) {
                say("warm-up: %d reports far from the border at %.0f/s", options.warmupReports(), options.rate());
                int accepted = WarmUp.run(stack, bodies, tap, run + " warm-up", options);
                report.figures.put("warm-up", accepted + " of " + options.warmupReports()
                        + " reports far from the border accepted before the measured phases");
            }
            AlertCost cost = new AlertCost(stack, bodies, tap);
            AlertCost.AtSize few = null;
            if (options.runs("cost")) {
                say("alert cost with %d open cases in %s: %d probes", options.fewOpenCases(), AlertCost.CORRIDOR.corridor,
                        options.probes());
                few = cost.at(options.fewOpenCases(), run, options);
                if (few.openBefore() > 2 * options.fewOpenCases()) {
                    report.notes.add("the corridor had " + few.openBefore() + " open cases before the benchmark, not "
                            + options.fewOpenCases() + ": start the devstack with --fresh for the few-cases figure");
                }
            }
            if (options.runs("mass")) {
                if (!AlertIdle.await(stack, tap, options.patience())) {
                    report.notes.add("alert-service was still busy with earlier reports when the mass event began");
                }
                say("mass event: %d people across the five crossings at %.0f/s", options.people(), options.rate());
                report.mass = new MassEvent(stack, bodies, tap, webhooks).run(run, options);
                if (few != null) {
                    report.notes.add("the mass event began with " + few.openAfter() + " open cases in "
                            + AlertCost.CORRIDOR.corridor + " from the few-cases probes");
                }
                if (!report.mass.drained()) {
                    report.notes.add("the mass event had not drained " + options.patience().toSeconds()
                            + " s after its last report: alerts were still coming or webhooks missing");
                }
            }
            if (few != null) {
                say("alert cost with %d open cases in %s", options.manyOpenCases(), AlertCost.CORRIDOR.corridor);
                report.cost = AlertCost.Result.of(few, cost.at(options.manyOpenCases(), run, options));
            }
        }
    }

    /** Intake at saturation and the baselines beside it, with the alert service paused if asked. */
    private void throughput() throws Exception {
        if (!options.runs("intake") && !options.runs("baselines")) {
            return;
        }
        if (options.pauseAlert()) {
            say("stopping alert-service for the saturation and the baselines");
            stack.control("alert", "stop");
            report.notes.add("alert-service was stopped during the intake saturation and the baselines, so that all three "
                    + "ran beside the same idle services; it was started again afterwards and then consumes the "
                    + "saturation's reports (its memory at the end is the restarted process's)");
        }
        try {
            if (options.runs("intake")) {
                say("intake saturation: %d clients for %d s", options.clients(), options.saturation().toSeconds());
                report.intake = IntakeSaturation.run(stack, bodies, run + " saturation", options);
            }
            if (options.runs("baselines")) {
                byte[] payload = bodies.farFromBorder();
                say("JDBC baseline: %d clients for %d s", options.clients(), options.baseline().toSeconds());
                report.jdbc = JdbcBaseline.run(stack.env("INTAKE_DATABASE_URL"), options.clients(), options.warmup(),
                        options.baseline(), () -> payload, () -> CpuTime.sample(StackProcesses.find(stack)));
                say("Kafka baseline: %d clients for %d s", options.clients(), options.baseline().toSeconds());
                report.kafka = KafkaBaseline.run(stack.env("KAFKA_BOOTSTRAP_SERVERS"), options.clients(),
                        options.warmup(), options.baseline(), () -> payload,
                        () -> CpuTime.sample(StackProcesses.find(stack)));
            }
        } finally {
            if (options.pauseAlert()) {
                say("starting alert-service again");
                stack.control("alert", "start");
            }
        }
    }

    private static void say(String format, Object... values) {
        System.out.printf(Locale.ROOT, "%s bench| %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS),
                String.format(Locale.ROOT, format, values));
    }
}
