package org.casealert.devstack.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The benchmark's command line: every value has a default, so the bare command runs the whole benchmark. */
record BenchOptions(
        Path envFile,
        Path outputDirectory,
        Set<String> phases,
        int people,
        double rate,
        int hotlines,
        int reportsPerHotline,
        int fewOpenCases,
        int manyOpenCases,
        int probes,
        int clients,
        Duration saturation,
        Duration baseline,
        Duration warmup,
        int warmupReports,
        Duration patience,
        boolean pauseAlert) {

    static final List<String> PHASES = List.of("mass", "cost", "intake", "baselines", "memory");

    static final String USAGE = """
            usage: java -cp devstack/target/devstack.jar org.casealert.devstack.bench.PipelineBenchmark [options]
              --env-file FILE            the running devstack's env file (target/devstack.env)
              --out DIR                  where the JSON result is written (target/bench)
              --phases LIST              any of mass,cost,intake,baselines,memory (all)
              --people N                 people in the mass event, one report each (600)
              --rate N                   reports per second posted in the mass event and to fill a corridor (100)
              --hotlines N               hotlines the mass event's reports come from, at least (2)
              --reports-per-hotline N    reports sent with one hotline's key before the next one's (250: below
                                         intake's per-hotline burst of 300, so its rate limit never answers 429)
              --few-open N --many-open N open cases in one corridor when the alert cost is measured (10, 600)
              --probes N                 reports measured, one at a time, at each corridor size (10)
              --clients N                concurrent keep-alive clients of intake and of the baselines (32)
              --seconds N                intake saturation, measured (30)
              --baseline-seconds N       each baseline, measured (15)
              --warmup-seconds N         unmeasured load before the saturation and each baseline (3)
              --warmup-reports N         reports posted at --rate far from the border before anything is measured,
                                         so that a fresh devstack's services have compiled their hot paths (500)
              --patience-seconds N       how long to wait for alerts and webhooks after the last report (180)
              --pause-alert true|false   stop alert-service during saturation and baselines, so all three run
                                         with the same background; started again afterwards (true)
            """;

    static BenchOptions parse(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        Set<String> phases = new LinkedHashSet<>(Arrays.asList(take(rest, "--phases", String.join(",", PHASES)).split(",")));
        if (!PHASES.containsAll(phases)) {
            throw new IllegalArgumentException("--phases takes " + PHASES + "\n" + USAGE);
        }
        BenchOptions options = new BenchOptions(
                Path.of(take(rest, "--env-file", "target/devstack.env")),
                Path.of(take(rest, "--out", "target/bench")),
                phases,
                positive(take(rest, "--people", "600")),
                Double.parseDouble(take(rest, "--rate", "100")),
                positive(take(rest, "--hotlines", "2")),
                positive(take(rest, "--reports-per-hotline", "250")),
                positive(take(rest, "--few-open", "10")),
                positive(take(rest, "--many-open", "600")),
                positive(take(rest, "--probes", "10")),
                positive(take(rest, "--clients", "32")),
                Duration.ofSeconds(positive(take(rest, "--seconds", "30"))),
                Duration.ofSeconds(positive(take(rest, "--baseline-seconds", "15"))),
                Duration.ofSeconds(Integer.parseInt(take(rest, "--warmup-seconds", "3"))),
                Integer.parseInt(take(rest, "--warmup-reports", "500")),
                Duration.ofSeconds(positive(take(rest, "--patience-seconds", "180"))),
                Boolean.parseBoolean(take(rest, "--pause-alert", "true")));
        if (!rest.isEmpty()) {
            throw new IllegalArgumentException("unknown arguments " + rest + "\n" + USAGE);
        }
        if (options.rate() <= 0 || options.manyOpenCases() <= options.fewOpenCases() || options.warmup().isNegative()
                || options.warmupReports() < 0) {
            throw new IllegalArgumentException(
                    "--rate must be positive, --many-open above --few-open, the warm-up not negative\n" + USAGE);
        }
        return options;
    }

    /** The options as flags, for the report. */
    String describe() {
        return String.format(Locale.ROOT,
                "--phases %s --people %d --rate %.0f --hotlines %d --reports-per-hotline %d --few-open %d --many-open %d "
                        + "--probes %d --clients %d --seconds %d --baseline-seconds %d --warmup-seconds %d "
                        + "--warmup-reports %d --patience-seconds %d --pause-alert %s",
                String.join(",", phases), people, rate, hotlines, reportsPerHotline, fewOpenCases, manyOpenCases, probes,
                clients, saturation.toSeconds(), baseline.toSeconds(), warmup.toSeconds(), warmupReports,
                patience.toSeconds(), pauseAlert);
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    private static String take(List<String> args, String name, String defaultValue) {
        int at = args.indexOf(name);
        if (at < 0) {
            return defaultValue;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
        }
        String value = args.get(at + 1);
        args.subList(at, at + 2).clear();
        return value;
    }

    private static int positive(String value) {
        int number = Integer.parseInt(value);
        if (number < 1) {
            throw new IllegalArgumentException("not a positive number: " + value + "\n" + USAGE);
        }
        return number;
    }
}
