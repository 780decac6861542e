package org.casealert.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

/** Kafka goes away while hotlines keep posting: nothing is refused, nothing lost, nothing published twice. */
@QuarkusTest
class KafkaOutageTests {

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
    }

    private static boolean published(Hotlines.Hotline hotline, String id) {
        return given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + id).then().statusCode(200).extract()
                .<Boolean> path("published");
    }
}
