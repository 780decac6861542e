package org.casealert.devstack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.casealert.devstack.launcher.EnvFile;
import org.casealert.devstack.launcher.HotlineSetup;
import org.casealert.devstack.testing.WebhookReceiver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How fast a hotline's report becomes an advocate's webhook, measured on a running devstack: posts
 * reports from a hotline of its own with a few concurrent callers (each pausing {@code --pause-ms}
 * between reports, 0 by default), and prints the intake's answer
 * times, its throughput and the time from each POST to the signed webhook of the case it opened.
 *
 * <pre>
 * ./mvnw install -DskipTests &amp;&amp; java -jar devstack/target/devstack.jar --fresh    # one terminal
 * java -cp devstack/target/devstack.jar org.casealert.devstack.bench.PipelineBenchmark --reports 300
 * </pre>
 */
public final class PipelineBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SURNAMES = { "Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Jo", "Yun", "Jang", "Han",
            "Hwang", "Ryu", "Song", "Hong", "Mun" };
    private static final String[] SYLLABLES = { "ok", "sun", "chol", "myong", "hui", "gwang", "yong", "song", "hyok",
            "kum", "nam", "il", "ae", "mi", "su", "jin", "hwa", "bok", "dok", "pil" };
    private static final String[] TOWNS = { "Hoeryong", "Musan", "Hyesan", "Chongjin", "Onsong", "Sinuiju",
            "Kimchaek", "Hamhung", "Wonsan", "Kanggye" };
    private static final int PEOPLE = SURNAMES.length * SYLLABLES.length * SYLLABLES.length * TOWNS.length * 60;

    private final Map<String, String> env;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int firstPerson = new Random().nextInt(PEOPLE);

    private final long pauseMillis;

    private PipelineBenchmark(Map<String, String> env, long pauseMillis) {
        this.env = env;
        this.pauseMillis = pauseMillis;
    }

    /** One report as the benchmark saw it. */
    record Sent(String reportId, Instant postedAt, Instant answeredAt) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int reports = Integer.parseInt(options.getOrDefault("reports", "300"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "4"));
        long pauseMillis = Long.parseLong(options.getOrDefault("pause-ms", "0"));
        Path envFile = Path.of(options.getOrDefault("env-file", "target/devstack.env"));
        new PipelineBenchmark(EnvFile.read(envFile), pauseMillis).run(reports, warmup, concurrency);
    }

    private void run(int reports, int warmup, int concurrency) throws Exception {
        String apiKey = HotlineSetup.ensure(http, env.get("INTAKE_URL"), env.get("OPERATOR_TOKEN"),
                List.of("Benchmark " + Instant.now())).get(0).apiKey();
        try (WebhookReceiver receiver = WebhookReceiver.start(16)) {
            String subscription = subscribe(receiver.url());
            try {
                System.out.printf(Locale.ROOT, "warm-up: %d reports%n", warmup);
                measure(apiKey, warmup, concurrency, receiver, 0);
                System.out.printf(Locale.ROOT, "measuring: %d reports, %d concurrent callers%n", reports, concurrency);
                measure(apiKey, reports, concurrency, receiver, warmup).print();
            } finally {
                call("DELETE", env.get("NOTIFY_URL") + "/api/v1/subscriptions/" + subscription,
                        env.get("ADVOCATE_TOKEN"), null);
            }
        }
    }

    private Result measure(String apiKey, int count, int concurrency, WebhookReceiver receiver, int offset)
            throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger(offset);
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        Instant start = Instant.now();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int caller = 0; caller < concurrency; caller++) {
                running.add(callers.submit(() -> {
                    for (int n = next.getAndIncrement(); n < offset + count; n = next.getAndIncrement()) {
                        sent.add(post(apiKey, n));
                        Thread.sleep(pauseMillis);
                    }
                    return null;
                }));
            }
            for (Future<?> caller : running) {
                caller.get();
            }
        } finally {
            callers.shutdownNow();
        }
        Instant posted = Instant.now();
        Map<String, Arrival> arrived = awaitWebhooks(receiver, sent, Duration.ofMinutes(3));
        return new Result(sent, arrived, Duration.between(start, posted));
    }

    /**
     * Report {@code n} of this run names someone no other report of the run names, and most likely no
     * report of an earlier run on the same stack either (those would be correlated into old cases).
     */
    private Sent post(String apiKey, int n) throws IOException, InterruptedException {
        int person = firstPerson + n;
        int surname = person % SURNAMES.length;
        person /= SURNAMES.length;
        String given = SYLLABLES[person % SYLLABLES.length] + "-" + SYLLABLES[(person / SYLLABLES.length) % SYLLABLES.length];
        person /= SYLLABLES.length * SYLLABLES.length;
        String town = TOWNS[person % TOWNS.length];
        int born = 1950 + (person / TOWNS.length) % 60;
        String body = """
                {"source": {"kind": "FAMILY", "reliability": "PROBABLE"},
                 "detainees": [{"name": "%s %s", "sex": "%s", "birthYear": %d, "hometown": "%s"}],
                 "detention": {"stage": "LOCAL_CUSTODY", "since": "%s", "facility": "Kunming PSB detention house",
                               "city": "Kunming", "province": "Yunnan"},
                 "narrative": "Benchmark report %d."}
                """.formatted(SURNAMES[surname], capitalised(given), n % 2 == 0 ? "FEMALE" : "MALE", born, town,
                LocalDate.now(ZoneOffset.UTC).minusDays(1), n);
        Instant postedAt = Instant.now();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(env.get("INTAKE_URL") + "/api/v1/reports"))
                .header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        Instant answeredAt = Instant.now();
        if (response.statusCode() != 202) {
            throw new IllegalStateException("report " + n + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Sent(JSON.readTree(response.body()).path("id").asText(), postedAt, answeredAt);
    }

    /** The first webhook naming a report: when the alert service decided its case, when the webhook arrived. */
    record Arrival(Instant decidedAt, Instant arrivedAt) {
    }

    /** The first webhook naming each report. */
    private static Map<String, Arrival> awaitWebhooks(WebhookReceiver receiver, List<Sent> sent, Duration patience)
            throws Exception {
        Map<String, Arrival> arrived = new ConcurrentHashMap<>();
        Instant deadline = Instant.now().plus(patience);
        while (arrived.size() < sent.size() && Instant.now().isBefore(deadline)) {
            for (WebhookReceiver.Received request : receiver.received()) {
                JsonNode alert = JSON.readTree(request.body()).path("alert");
                Arrival arrival = new Arrival(Instant.parse(alert.path("occurredAt").asText()), request.arrivedAt());
                for (JsonNode reportId : alert.path("case").path("reportIds")) {
                    arrived.merge(reportId.asText(), arrival, (a, b) -> a.arrivedAt().isBefore(b.arrivedAt()) ? a : b);
                }
            }
            arrived.keySet().retainAll(sent.stream().map(Sent::reportId).toList());
            Thread.sleep(200);
        }
        return arrived;
    }

    private record Result(List<Sent> sent, Map<String, Arrival> arrived, Duration posting) {

        void print() {
            List<Duration> answers = sent.stream().map(s -> Duration.between(s.postedAt(), s.answeredAt())).toList();
            List<Sent> delivered = sent.stream().filter(s -> arrived.containsKey(s.reportId())).toList();
            List<Duration> endToEnd = delivered.stream()
                    .map(s -> Duration.between(s.postedAt(), arrived.get(s.reportId()).arrivedAt())).toList();
            List<Duration> decided = delivered.stream()
                    .map(s -> Duration.between(s.postedAt(), arrived.get(s.reportId()).decidedAt())).toList();
            List<Duration> notified = delivered.stream().map(s -> arrived.get(s.reportId()))
                    .map(a -> Duration.between(a.decidedAt(), a.arrivedAt())).toList();
            System.out.printf(Locale.ROOT, "intake accepted %d reports in %.1f s: %.1f reports/s%n", sent.size(),
                    posting.toMillis() / 1000.0, sent.size() * 1000.0 / Math.max(1, posting.toMillis()));
            System.out.println("POST /api/v1/reports → 202      " + percentiles(answers));
            System.out.println("POST → case decided (alert)     " + percentiles(decided));
            System.out.println("case decided → webhook arrived  " + percentiles(notified));
            System.out.println("POST → webhook of the new case  " + percentiles(endToEnd));
            System.out.printf(Locale.ROOT, "webhooks received for %d of %d reports%s%n", endToEnd.size(), sent.size(),
                    endToEnd.size() < sent.size() ? " (were some people reported before? use a --fresh devstack)" : "");
        }
    }

    static String percentiles(List<Duration> durations) {
        if (durations.isEmpty()) {
            return "(none)";
        }
        List<Long> millis = durations.stream().map(Duration::toMillis).sorted().toList();
        return String.format(Locale.ROOT, "p50 %5d ms   p95 %5d ms   p99 %5d ms   max %5d ms", rank(millis, 50),
                rank(millis, 95), rank(millis, 99), millis.get(millis.size() - 1));
    }

    /** The nearest-rank percentile. */
    static long rank(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private String subscribe(String url) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("channel", "WEBHOOK", "url", url, "minLevel", "WATCH"));
        return JSON.readTree(call("POST", env.get("NOTIFY_URL") + "/api/v1/subscriptions", env.get("ADVOCATE_TOKEN"),
                body)).path("id").asText();
    }

    private String call(String method, String url, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: PipelineBenchmark [--reports N] [--warmup N] "
                        + "[--concurrency N] [--pause-ms N] [--env-file target/devstack.env]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
