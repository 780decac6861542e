package org.casealert.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casealert.devstack.testing.TestKafka;
import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.Topics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

/** Kafka goes away while hotlines keep posting: nothing is refused, nothing lost, nothing published twice. */
@QuarkusTest
class KafkaOutageTests {

    private static final String OUTBOX = "checks.find { it.name == 'outbox' }.status";
    private static final String PUBLISHING = "checks.find { it.name == 'kafka-publishing' }.status";

    @Test
    void twoHundredReportsPostedWhileKafkaIsDownArePublishedOnceWhenItIsBack() {
        Hotlines.Hotline hotline = Hotlines.create("Outage hotline");
        List<String> ids = new ArrayList<>();
        TestKafka.stopBroker();
        try {
            for (int i = 0; i < 200; i++) {
                ids.add(given().header("X-Api-Key", hotline.key()).contentType(ContentType.JSON)
                        .body(SampleReports.minimal("Outage Person " + i)).post("/api/v1/reports").then().statusCode(202)
                        .extract().path("id"));
            }
            assertThat(published(hotline, ids.get(0))).isFalse();
            assertThat(published(hotline, ids.get(199))).isFalse();
            // the outbox check tells that reports wait; intake stays live and ready, and keeps taking them
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/well").then()
                    .statusCode(503).body(OUTBOX, is("DOWN")));
            // the relay tells that it does not reach Kafka, once its first message went unanswered
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/well").then()
                    .statusCode(503).body(PUBLISHING, is("DOWN")));
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/health/ready").then().statusCode(200);
            assertThat(outboxAge()).isGreaterThanOrEqualTo(3);
        } finally {
            TestKafka.startBroker();
        }

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ids.stream().allMatch(id -> published(hotline, id)));
        Map<String, Long> onTopic = TestTopics.readAll(Topics.DETENTION_REPORTS).stream()
                .filter(record -> ids.contains(record.key()))
                .collect(Collectors.groupingBy(TestTopics.RawRecord::key, Collectors.counting()));
        assertThat(onTopic).hasSize(200);
        assertThat(onTopic.values()).allMatch(count -> count == 1);
        assertThat(ids.stream().collect(Collectors.toMap(Function.identity(), id -> 1))).hasSize(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/well").then()
                .statusCode(200).body(OUTBOX, is("UP")).body(PUBLISHING, is("UP")));
        // a broker restart never made the service unlive or unready
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        assertThat(outboxAge()).isLessThanOrEqualTo(3);
    }

    /** outbox_oldest_age_seconds, as Prometheus reads it. */
    private static double outboxAge() {
        Matcher sample = Pattern.compile("(?m)^outbox_oldest_age_seconds(\\{[^}]*})? (\\S+)$")
                .matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        assertThat(sample.find()).as("outbox_oldest_age_seconds is served").isTrue();
        return Double.parseDouble(sample.group(2));
    }

    private static boolean published(Hotlines.Hotline hotline, String id) {
        return given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + id).then().statusCode(200).extract()
                .<Boolean> path("published");
    }
}
