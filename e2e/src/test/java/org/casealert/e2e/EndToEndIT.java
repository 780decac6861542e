package org.casealert.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casealert.devstack.bench.PrometheusSamples;
import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.StandardWebhooksVerifier;
import org.casealert.devstack.testing.WebhookReceiver;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The three packaged services with the devstack, driven only through their public APIs: a hotline's
 * report to an advocate's webhook and an appeal's e-mail, then with Kafka stopped, a service killed
 * mid-delivery and a webhook target failing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> GIVEN_NAMES = List.of("Kyong-ae", "Sun-bok", "Chol-man", "Hyang-sim", "Yong-dok",
            "Mi-gyong", "Song-bom", "Un-jong", "Kwang-hyok", "Ok-ran", "Tae-sik", "Pom-nam");

    Stack stack;
    WebhookReceiver advocate;
    String secret;

    @BeforeAll
    void startStack() throws Exception {
        stack = Stack.start();
        advocate = WebhookReceiver.start(1);
        secret = subscribe(advocate.url(), List.of());
    }

    @AfterAll
    void stopStack() throws Exception {
        advocate.close();
        stack.close();
    }

    @Test
    @Order(1)
    void aReportReachesTheAdvocatesWebhookAndItsAppealReachesUnhcrByMail() throws Exception {
        String caseId = caseOf(report(body("Kim Ok-sun", "BORDER_FACILITY", "Tumen Border Detention Center", "Jilin")));

        WebhookReceiver.Received delivered = awaitWebhooks(advocate, Set.of(caseId)).get(caseId).get(0);
        assertThat(new StandardWebhooksVerifier(secret).verify(delivered.id(), delivered.timestamp(),
                delivered.signature(), delivered.body())).isTrue();
        JsonNode alert = JSON.readTree(delivered.body()).path("alert");
        assertThat(alert.path("kind").asText()).isEqualTo("RAISED");
        assertThat(alert.path("case").path("level").asText()).isEqualTo("IMMINENT");
        assertThat(delivered.body()).doesNotContain("Kim Ok-sun", "sealedParticulars");

        List<Map<String, Object>> appeals = given().auth().oauth2(stack.env("OPERATOR_TOKEN"))
                .queryParam("caseId", caseId).get(stack.env("NOTIFY_URL") + "/api/v1/appeals").then().statusCode(200)
                .extract().jsonPath().getList("$");
        String unhcr = appeals.stream().filter(appeal -> appeal.get("recipientName").equals("UNHCR Beijing"))
                .map(appeal -> (String) appeal.get("id")).findFirst().orElseThrow();
        assertThat(appeals).allMatch(appeal -> appeal.get("status").equals("DRAFT"));
        given().auth().oauth2(stack.env("OPERATOR_TOKEN"))
                .post(stack.env("NOTIFY_URL") + "/api/v1/appeals/" + unhcr + "/approve").then().statusCode(200);

        ReceivedMail mail = awaitMail("unhcr-beijing@");
        assertThat(mail.subject()).startsWith("URGENT APPEAL");
        assertThat(mail.body()).contains("Kim Ok-sun", "Tumen Border Detention Center", "non-refoulement");
    }

    @Test
    @Order(2)
    void anIdempotencyKeyOutlivesARestartOfTheIntakeService() throws Exception {
        String body = body("Idempotent Restart Jon", "ARRESTED", "Yanji PSB", "Jilin");
        String first = reportWithKey("hotline-retry-7", body, 202);
        stack.control("intake", "restart");
        assertThat(reportWithKey("hotline-retry-7", body, 202)).isEqualTo(first);
        reportWithKey("hotline-retry-7", body.replace("Jon", "Jin"), 409);
    }

    @Test
    @Order(3)
    void reportsPostedWhileKafkaIsDownAreAllPublishedAndDeliveredOnce() throws Exception {
        stack.control("kafka", "stop");
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            reports.add(report(body("Kafka Outage Person " + (char) ('A' + i) + " Pak", "LOCAL_CUSTODY", "Yanji PSB",
                    "Jilin")));
        }
        given().header("X-Api-Key", stack.env("HOTLINE_API_KEY")).get(stack.env("INTAKE_URL") + "/api/v1/reports/"
                + reports.get(0)).then().statusCode(200).body("published", Matchers.is(false));
        stack.control("kafka", "start");

        Set<String> cases = reports.stream().map(this::caseOf).collect(Collectors.toSet());
        assertThat(cases).hasSize(10);
        Map<String, List<WebhookReceiver.Received>> delivered = awaitWebhooks(advocate, cases);
        delivered.values().forEach(requests -> assertThat(requests).hasSize(1));
        reports.forEach(id -> given().header("X-Api-Key", stack.env("HOTLINE_API_KEY"))
                .get(stack.env("INTAKE_URL") + "/api/v1/reports/" + id).then().statusCode(200)
                .body("published", Matchers.is(true)));
    }

    @Test
    @Order(4)
    void notifyKilledMidDeliveryDeliversTheRestAndRepeatsNothingDelivered() throws Exception {
        advocate.delay(1_500); // answers one request at a time: the kill lands in the middle of the batch
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reports.add(report(body("Restart Person " + (char) ('A' + i) + " Choe", "ARRESTED", "Dandong PSB",
                    "Liaoning")));
        }
        Set<String> cases = reports.stream().map(this::caseOf).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesFor(advocate, cases).size() >= 2);
        stack.control("notify", "kill");
        Instant killed = Instant.now();
        stack.awaitReady("NOTIFY_URL");
        advocate.delay(0);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> cases.stream()
                .allMatch(caseId -> deliveryStatuses(caseId).equals(List.of("SENT"))));
        Map<String, List<WebhookReceiver.Received>> requests = awaitWebhooks(advocate, cases);
        int deliveredBefore = 0;
        for (List<WebhookReceiver.Received> forCase : requests.values()) {
            assertThat(forCase.stream().map(WebhookReceiver.Received::id).distinct()).as("retries keep the webhook-id")
                    .hasSize(1);
            if (forCase.get(0).answeredAt().isBefore(killed)) {
                deliveredBefore++;
                assertThat(forCase).as("a delivery completed before the kill is never repeated").hasSize(1);
            } else {
                assertThat(forCase).as("a delivery cut off by the kill is sent again by the restarted service")
                        .anyMatch(request -> request.arrivedAt().isAfter(killed));
            }
        }
        assertThat(deliveredBefore).isBetween(2, 4);
    }

    @Test
    @Order(5)
    void aWebhookTargetFailingThreeTimesGetsTheAlertOnceItRecovers() throws Exception {
        try (WebhookReceiver failing = WebhookReceiver.start()) {
            failing.answer(n -> n <= 3 ? 500 : 204);
            subscribe(failing.url(), List.of("Heilongjiang"));
            String caseId = caseOf(report(body("Failing Target Kang", "BORDER_FACILITY", "Mudanjiang detention house",
                    "Heilongjiang")));

            await().atMost(Duration.ofSeconds(90)).until(() -> !failing.accepted().isEmpty());
            assertThat(failing.received()).hasSize(4);
            assertThat(failing.accepted()).hasSize(1);
            assertThat(failing.received().stream().map(WebhookReceiver.Received::id).distinct()).hasSize(1);
            List<Map<String, Object>> deliveries = given().auth().oauth2(stack.env("OPERATOR_TOKEN"))
                    .queryParam("caseId", caseId).get(stack.env("NOTIFY_URL") + "/api/v1/deliveries").then()
                    .statusCode(200).extract().jsonPath().getList("$");
            assertThat(deliveries).filteredOn(delivery -> delivery.get("attempts").equals(4)).singleElement()
                    .satisfies(delivery -> assertThat(delivery.get("status")).isEqualTo("SENT"));
        }
    }

    @Test
    @Order(6)
    void anApprovedAppealWaitsForTheMailServerAndIsSentOnceItIsBack() throws Exception {
        stack.control("smtp", "stop");
        String name = "Mail Outage Ryu";
        String caseId = caseOf(report(body(name, "BORDER_FACILITY", "Changbai Border Detention Center", "Jilin")));
        String unhcr = appealTo(caseId, "UNHCR Beijing");
        given().auth().oauth2(stack.env("OPERATOR_TOKEN"))
                .post(stack.env("NOTIFY_URL") + "/api/v1/appeals/" + unhcr + "/approve").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> recipientDeliveries(caseId)
                .stream().anyMatch(delivery -> delivery.get("lastError") != null));
        assertThat(recipientDeliveries(caseId)).noneMatch(delivery -> delivery.get("status").equals("SENT"));
        stack.control("smtp", "start");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !mailsTo("unhcr-beijing@", name).isEmpty());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> mailsTo("unhcr-beijing@", name).size() == 1);
        assertThat(recipientDeliveries(caseId)).singleElement()
                .satisfies(delivery -> assertThat(delivery.get("status")).isEqualTo("SENT"));
    }

    @Test
    @Order(7)
    void reportsAcceptedAsPostgresRestartsAllReachTheAdvocateOnce() throws Exception {
        Optional<String[]> cluster = sharedPostgresCluster();
        assumeTrue(cluster.isPresent(), "the stack runs on a PostgreSQL this test cannot restart");
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reports.add(report(body("Database Restart Person " + (char) ('A' + i) + " Han", "ARRESTED", "Kunming PSB",
                    "Yunnan")));
        }
        Process restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", cluster.get()[0],
                cluster.get()[1], "restart").redirectErrorStream(true).start();
        assertThat(restart.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(restart.exitValue()).as(new String(restart.getInputStream().readAllBytes())).isZero();
        String[] after = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            after[0] = report(body("Database Restart Person E Han", "ARRESTED", "Kunming PSB", "Yunnan"));
            return true;
        });
        reports.add(after[0]);

        Set<String> cases = reports.stream().map(this::caseOf).collect(Collectors.toSet());
        assertThat(cases).hasSize(5);
        awaitWebhooks(advocate, cases).values().forEach(requests -> assertThat(requests).hasSize(1));
    }

    /** Version and name of the Debian cluster the stack uses, if it is the shared server on 5432. */
    private Optional<String[]> sharedPostgresCluster() throws Exception {
        if (!stack.env("INTAKE_DATABASE_URL").contains(":5432/")) {
            return Optional.empty();
        }
        try {
            Process list = new ProcessBuilder("pg_lsclusters", "-h").redirectErrorStream(true).start();
            String clusters = new String(list.getInputStream().readAllBytes());
            list.waitFor(30, TimeUnit.SECONDS);
            return clusters.lines().map(line -> line.trim().split("\\s+"))
                    .filter(fields -> fields.length > 3 && fields[2].equals("5432") && fields[3].startsWith("online"))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty(); // no Debian PostgreSQL tools here
        }
    }

    private String appealTo(String caseId, String recipient) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> appeals(caseId).stream()
                .anyMatch(appeal -> appeal.get("recipientName").equals(recipient)));
        return appeals(caseId).stream().filter(appeal -> appeal.get("recipientName").equals(recipient))
                .map(appeal -> (String) appeal.get("id")).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> appeals(String caseId) {
        return given().auth().oauth2(stack.env("OPERATOR_TOKEN")).queryParam("caseId", caseId)
                .get(stack.env("NOTIFY_URL") + "/api/v1/appeals").then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    private List<Map<String, Object>> recipientDeliveries(String caseId) {
        List<Map<String, Object>> deliveries = given().auth().oauth2(stack.env("OPERATOR_TOKEN"))
                .queryParam("caseId", caseId).get(stack.env("NOTIFY_URL") + "/api/v1/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return deliveries.stream().filter(delivery -> ((Map<?, ?>) delivery.get("target")).get("type").equals("RECIPIENT"))
                .toList();
    }

    /** The mails the SMTP server received for addresses starting with {@code toPrefix} that mention {@code text}. */
    private List<ReceivedMail> mailsTo(String toPrefix, String text) {
        List<Map<String, Object>> listing = given().get(stack.env("MAIL_URL")).then().statusCode(200).extract()
                .jsonPath().getList("$");
        return listing.stream()
                .filter(entry -> ((List<?>) entry.get("to")).stream().anyMatch(to -> to.toString().startsWith(toPrefix)))
                .map(entry -> ReceivedMail.parse(given().get(stack.env("MAIL_URL") + "/" + entry.get("id")).then()
                        .statusCode(200).extract().asString()))
                .filter(mail -> mail.body().contains(text)).toList();
    }

    @Test
    @Order(8)
    void oneReportIsOneTraceFromIntakeThroughAlertAndNotifyToTheWebhook() throws Exception {
        try (WebhookReceiver hook = WebhookReceiver.start()) {
            subscribe(hook.url(), List.of("Liaoning"));
            String traceId = hex(16);
            String caller = hex(8);
            String name = "Trace Ryang Chun-hwa";
            String reportId = given().header("X-Api-Key", stack.env("HOTLINE_API_KEY"))
                    .header("traceparent", "00-" + traceId + "-" + caller + "-01").contentType(ContentType.JSON)
                    .body(body(name, "BORDER_FACILITY", "Dandong Border Detention Center", "Liaoning"))
                    .post(stack.env("INTAKE_URL") + "/api/v1/reports").then().statusCode(202).extract().path("id");
            String caseId = caseOf(reportId);

            WebhookReceiver.Received delivered = awaitWebhooks(hook, Set.of(caseId)).get(caseId).get(0);
            assertThat(delivered.traceparent()).as("the webhook request names the report's trace")
                    .startsWith("00-" + traceId + "-");

            // the services' spans, as exported over OTLP to the devstack's span log
            Map<String, JsonNode> spans = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> spansOf(traceId), found -> found.containsKey(delivered.traceparent().split("-")[2]));
            assertThat(spans.values()).extracting(span -> span.path("service").asText())
                    .contains("intake-service", "alert-service", "notify-service");
            // from the webhook's sending back to the hotline's request, every parent is in the trace
            List<String> path = new ArrayList<>();
            String at = delivered.traceparent().split("-")[2];
            while (spans.containsKey(at)) {
                JsonNode span = spans.get(at);
                path.add(span.path("service").asText() + ": " + span.path("name").asText());
                at = span.path("parentSpanId").asText();
            }
            assertThat(at).as("the path " + path + " ends at the hotline's own span").isEqualTo(caller);
            assertThat(path).anyMatch(step -> step.startsWith("notify-service: delivery send"))
                    .anyMatch(step -> step.startsWith("notify-service: case-alerts"))
                    .anyMatch(step -> step.startsWith("alert-service: detention-reports process"))
                    .anyMatch(step -> step.startsWith("intake-service: POST"));
            String recorded = spans.values().toString();
            assertThat(recorded).as("no particulars, keys or webhook addresses in spans").doesNotContain(name,
                    "Dandong Border Detention Center", stack.env("HOTLINE_API_KEY"), hook.url(),
                    "127.0.0.1:" + hook.url().split(":")[2].split("/")[0]);
        }
    }

    /** The spans of a trace the services exported so far, by span id. */
    private Map<String, JsonNode> spansOf(String traceId) throws IOException {
        JsonNode spans = JSON.readTree(given().queryParam("traceId", traceId).get(stack.env("TRACES_URL")).then()
                .statusCode(200).extract().asString());
        Map<String, JsonNode> byId = new HashMap<>();
        spans.forEach(span -> byId.put(span.path("spanId").asText(), span));
        return byId;
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    @Test
    @Order(9)
    void everyMetricTheAlertRulesNameIsServedByTheServicesOrAnExporter() throws Exception {
        Set<String> served = new TreeSet<>();
        for (String service : List.of("INTAKE_URL", "ALERT_URL", "NOTIFY_URL")) {
            served.addAll(AlertRules.served(given().get(stack.env(service) + "/q/metrics").then().statusCode(200)
                    .extract().asString()));
        }
        Path monitoring = Path.of(System.getProperty("casealert.root", "..")).resolve("deploy/base/monitoring.yaml");
        Set<String> named = AlertRules.metricNames(AlertRules.of(new ObjectMapper(new YAMLFactory())
                .readerFor(JsonNode.class).<JsonNode> readValues(monitoring.toFile()).readAll()));
        assertThat(named).filteredOn(name -> !AlertRules.infrastructure(name) && !AlertRules.PENDING.containsKey(name))
                .isNotEmpty().allSatisfy(name -> assertThat(served).as("the services serve " + name).contains(name));
        assertThat(served).as("served now: take these out of AlertRules.PENDING")
                .noneMatch(AlertRules.PENDING::containsKey);
    }

    @Test
    @Order(10)
    void twoAlertInstancesShareTheReportsAndNeverOpenTheSameCaseTwice() throws Exception {
        // one person reported over and over by both hotlines, in spellings that fold alike, beside many others
        List<String> samePerson = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<Thread> posters = new ArrayList<>();
        for (String key : List.of("HOTLINE_API_KEY", "HOTLINE2_API_KEY")) {
            String surname = key.startsWith("HOTLINE2") ? "Choe" : "Pak";
            Thread poster = new Thread(() -> {
                for (int i = 0; i < GIVEN_NAMES.size(); i++) {
                    String same = reportAs(key, body(i % 2 == 0 ? "Two Instances Ri Myong-hui" : "Two Instances Ri Myonghui",
                            "LOCAL_CUSTODY", "Yanji PSB", "Jilin"));
                    String other = reportAs(key, body(surname + " " + GIVEN_NAMES.get(i), "ARRESTED", "Kunming PSB",
                            "Yunnan"));
                    synchronized (samePerson) {
                        samePerson.add(same);
                        others.add(other);
                    }
                }
            });
            poster.start();
            posters.add(poster);
        }
        for (Thread poster : posters) {
            poster.join(Duration.ofMinutes(2).toMillis());
        }
        assertThat(samePerson).hasSize(24);

        assertThat(samePerson.stream().map(this::caseOf).collect(Collectors.toSet())).as("one person, one case")
                .hasSize(1);
        Set<String> otherCases = others.stream().map(this::caseOf).collect(Collectors.toSet());
        assertThat(otherCases).as("different people, a case each").hasSize(24);
        awaitWebhooks(advocate, otherCases).values().forEach(requests -> assertThat(requests).hasSize(1));
        for (String instance : List.of("ALERT_URL", "ALERT2_URL")) {
            String metrics = given().get(stack.env(instance) + "/q/metrics").then().statusCode(200).extract().asString();
            assertThat(PrometheusSamples.parse(metrics).get("alert_report_apply_seconds_count").orElse(0))
                    .as("reports applied by " + instance).isPositive();
        }
    }

    @Test
    @Order(11)
    void stoppingTheDevstackLeavesNoProcessBehind() throws Exception {
        assertThat(stack.children()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(stack.stop()).isEmpty();
    }

    private List<Object> deliveryStatuses(String caseId) {
        return given().auth().oauth2(stack.env("OPERATOR_TOKEN")).queryParam("caseId", caseId)
                .get(stack.env("NOTIFY_URL") + "/api/v1/deliveries").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.target.type == 'SUBSCRIPTION' }.status").stream().distinct().toList();
    }

    private String subscribe(String url, List<String> provinces) {
        return given().auth().oauth2(stack.env("ADVOCATE_TOKEN")).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEBHOOK", "url", url, "minLevel", "WATCH", "provinces", provinces))
                .post(stack.env("NOTIFY_URL") + "/api/v1/subscriptions").then().statusCode(201).extract()
                .path("secret");
    }

    private String reportWithKey(String key, String body, int status) {
        return given().header("X-Api-Key", stack.env("HOTLINE_API_KEY")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post(stack.env("INTAKE_URL") + "/api/v1/reports").then()
                .statusCode(status).extract().path("id");
    }

    private String report(String body) {
        return reportAs("HOTLINE_API_KEY", body);
    }

    private String reportAs(String apiKey, String body) {
        return given().header("X-Api-Key", stack.env(apiKey)).contentType(ContentType.JSON).body(body)
                .post(stack.env("INTAKE_URL") + "/api/v1/reports").then().statusCode(202).extract().path("id");
    }

    private static String body(String name, String stage, String facility, String province) {
        return """
                {"source": {"kind": "FAMILY", "reliability": "PROBABLE"},
                 "detainees": [{"name": "%s", "sex": "FEMALE", "birthYear": 1990}],
                 "detention": {"stage": "%s", "facility": "%s", "province": "%s"},
                 "consent": {"appealsToUn": true, "appealsToUnhcr": true, "appealsToGovernments": true,
                             "publicAdvocacy": false},
                 "narrative": "end-to-end test %s"}
                """.formatted(name, stage, facility, province, UUID.randomUUID());
    }

    /** The case a report ended up in, as the alert service shows it to advocates. */
    private String caseOf(String reportId) {
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<Map<String, Object>> items = given().auth().oauth2(stack.env("ADVOCATE_TOKEN"))
                    .queryParam("limit", 500).get(stack.env("ALERT_URL") + "/api/v1/cases").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            items.stream().filter(item -> ((List<?>) item.get("reportIds")).contains(reportId)).findFirst()
                    .ifPresent(item -> found[0] = (String) item.get("id"));
            return found[0] != null;
        });
        return found[0];
    }

    /** Waits until every case got a delivery; returns, per case, every request that carried its alert. */
    private static Map<String, List<WebhookReceiver.Received>> awaitWebhooks(WebhookReceiver receiver, Set<String> cases) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> deliveriesFor(receiver, cases).keySet().containsAll(cases));
        return receiver.received().stream().filter(request -> cases.contains(caseIdOf(request)))
                .collect(Collectors.groupingBy(EndToEndIT::caseIdOf));
    }

    private static Map<String, WebhookReceiver.Received> deliveriesFor(WebhookReceiver receiver, Set<String> cases) {
        return receiver.accepted().stream().filter(request -> cases.contains(caseIdOf(request)))
                .collect(Collectors.toMap(EndToEndIT::caseIdOf, Function.identity(), (first, second) -> first));
    }

    private static String caseIdOf(WebhookReceiver.Received request) {
        try {
            return JSON.readTree(request.body()).path("alert").path("case").path("id").asText();
        } catch (Exception e) {
            return "";
        }
    }

    private ReceivedMail awaitMail(String toPrefix) {
        ReceivedMail[] found = new ReceivedMail[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<Map<String, Object>> listing = given().get(stack.env("MAIL_URL")).then().statusCode(200).extract()
                    .jsonPath().getList("$");
            for (Map<String, Object> entry : listing) {
                if (((List<?>) entry.get("to")).stream().anyMatch(to -> to.toString().startsWith(toPrefix))) {
                    found[0] = ReceivedMail.parse(given().get(stack.env("MAIL_URL") + "/" + entry.get("id")).then()
                            .statusCode(200).extract().asString());
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }
}
