package org.casealert.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.casealert.devstack.testing.TestKafka;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.Topics;
import org.casealert.events.outbox.OutboxMessage;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event Kafka refuses for its size is parked after a few attempts, and the reports behind it are
 * published as if it were not there; operators see it (without its payload), and put it back in line.
 */
@QuarkusTest
class OutboxParkingTests {

    private static final String PARKED = "/api/v1/outbox/parked";

    @Test
    void anEventOverTheProducersLimitIsParkedAndTheNextReportIsPublishedWithinSeconds() {
        long tooLarge = insert("x".repeat(1_100_000));
        Hotlines.Hotline hotline = Hotlines.create("Parking hotline");

        String next = post(hotline, "Parking Kim");
        await().atMost(Duration.ofSeconds(10)).until(() -> published(hotline, next));

        JsonPath parked = await().atMost(Duration.ofSeconds(30)).until(OutboxParkingTests::parked,
                listing -> listing.getList("id", Long.class).contains(tooLarge));
        Map<String, Object> entry = entry(parked, tooLarge);
        assertThat(entry).containsOnlyKeys("id", "topic", "key", "attempts", "lastError", "createdAt", "parkedAt");
        assertThat(entry.get("topic")).isEqualTo(Topics.DETENTION_REPORTS);
        assertThat(entry.get("lastError")).isEqualTo("RecordTooLargeException");
        assertThat((Integer) entry.get("attempts")).isGreaterThanOrEqualTo(5);
        assertThat(given().auth().oauth2(TestTokens.operator()).get(PARKED).then().extract().asString())
                .doesNotContain("xxxx");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(metric("outbox_parked")).isGreaterThanOrEqualTo(1));
        assertThat(metric("outbox_oldest_age_seconds")).as("a parked event holds nothing up").isLessThan(5);

        // retried while still too large: one more attempt, and parked again at once
        int attempts = (Integer) entry.get("attempts");
        given().auth().oauth2(TestTokens.operator()).post(PARKED + "/" + tooLarge + "/retry").then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonPath listing = parked();
            return listing.getList("id", Long.class).contains(tooLarge)
                    && (Integer) entry(listing, tooLarge).get("attempts") > attempts;
        });
    }

    @Test
    void anEventTheTopicRefusesIsPublishedWhenRetriedOnceTheTopicTakesIt() throws Exception {
        Hotlines.Hotline hotline = Hotlines.create("Retry hotline");
        long refused;
        topicLimit("200000");
        try {
            refused = insert("y".repeat(300_000));
            String next = post(hotline, "Retry Pak");
            await().atMost(Duration.ofSeconds(10)).until(() -> published(hotline, next));
            await().atMost(Duration.ofSeconds(30)).until(() -> parked().getList("id", Long.class).contains(refused));
        } finally {
            topicLimit("1048588");
        }
        String key = entry(parked(), refused).get("key").toString();

        given().auth().oauth2(TestTokens.operator()).post(PARKED + "/" + refused + "/retry").then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> OutboxMessage.<OutboxMessage> findById(refused).publishedAt != null));
        assertThat(parked().getList("id", Long.class)).doesNotContain(refused);
        assertThat(TestTopics.readAll(Topics.DETENTION_REPORTS)).anyMatch(record -> record.key().equals(key));
    }

    @Test
    void onlyOperatorsSeeOrRetryParkedEvents() {
        Hotlines.Hotline hotline = Hotlines.create("Curious hotline");
        given().get(PARKED).then().statusCode(401);
        given().header("X-Api-Key", hotline.key()).get(PARKED).then().statusCode(403);
        given().header("X-Api-Key", hotline.key()).post(PARKED + "/1/retry").then().statusCode(403);
        for (String id : List.of("999999999", "not-a-number", "%00", "-1", "99999999999999999999999")) {
            given().auth().oauth2(TestTokens.operator()).urlEncodingEnabled(false).post(PARKED + "/" + id + "/retry")
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    private static long insert(String payload) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage message = OutboxMessage.of(UUID.randomUUID(), Topics.DETENTION_REPORTS,
                    UUID.randomUUID().toString(), payload, Instant.now());
            message.persist();
            return message.id;
        });
    }

    private static void topicLimit(String bytes) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DETENTION_REPORTS);
            Map<ConfigResource, Collection<AlterConfigOp>> change = Map.of(topic, List.of(
                    new AlterConfigOp(new ConfigEntry("max.message.bytes", bytes), AlterConfigOp.OpType.SET)));
            admin.incrementalAlterConfigs(change).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static String post(Hotlines.Hotline hotline, String name) {
        return given().header("X-Api-Key", hotline.key()).contentType(ContentType.JSON)
                .body(SampleReports.minimal(name)).post("/api/v1/reports").then().statusCode(202).extract().path("id");
    }

    private static boolean published(Hotlines.Hotline hotline, String id) {
        return given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + id).then().statusCode(200).extract()
                .<Boolean> path("published");
    }

    private static JsonPath parked() {
        return given().auth().oauth2(TestTokens.operator()).get(PARKED).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> entry(JsonPath listing, long id) {
        List<Map<String, Object>> entries = listing.getList("$");
        return entries.stream().filter(item -> ((Number) item.get("id")).longValue() == id).findFirst().orElseThrow();
    }

    private static double metric(String name) {
        Matcher sample = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$")
                .matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        assertThat(sample.find()).as(name + " is served").isTrue();
        return Double.parseDouble(sample.group(2));
    }
}
