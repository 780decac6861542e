package org.casealert.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
import org.casealert.events.Topics;
import org.casealert.events.outbox.OutboxMessage;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An alert Kafka refuses for its size is parked, shown to operators without its payload, and holds no case up. */
@QuarkusTest
class OutboxParkingTests {

    private static final String PARKED = "/api/v1/outbox/parked";

    @Inject
    ReportEvents events;

    @Test
    void anAlertOverTheProducersLimitIsParkedAndTheNextAlertIsPublished() {
        long tooLarge = QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage message = OutboxMessage.of(UUID.randomUUID(), Topics.CASE_ALERTS, UUID.randomUUID().toString(),
                    "z".repeat(1_100_000), Instant.now());
            message.persist();
            return message.id;
        });
        DetentionReported report = events.report("hotline-parking-1")
                .person(ReportEvents.Person.named("Kang Mi-ran", Sex.FEMALE, 1993))
                .at(DetentionStage.LOCAL_CUSTODY, LocalDate.now(ZoneOffset.UTC), "Yanji PSB", "Yanji", "Jilin").build();

        String caseId = CaseApi.submit(report).getString("id");

        CaseFlowTests.awaitAlerts(caseId, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.operator()).get(PARKED)
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class).contains(tooLarge));
        List<Map<String, Object>> parked = given().auth().oauth2(TestTokens.operator()).get(PARKED).then().extract()
                .jsonPath().getList("$");
        assertThat(parked).filteredOn(entry -> ((Number) entry.get("id")).longValue() == tooLarge).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("topic")).isEqualTo(Topics.CASE_ALERTS);
                    assertThat(entry.get("lastError")).isEqualTo("RecordTooLargeException");
                    assertThat(entry).doesNotContainKey("payload");
                });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(given().get("/q/metrics").then()
                .extract().asString()).containsPattern("(?m)^outbox_parked(\\{[^}]*})? [1-9]"));

        given().auth().oauth2(TestTokens.advocate()).get(PARKED).then().statusCode(403);
        given().auth().oauth2(TestTokens.advocate()).post(PARKED + "/" + tooLarge + "/retry").then().statusCode(403);
        given().auth().oauth2(TestTokens.operator()).post(PARKED + "/" + tooLarge + "/retry").then().statusCode(202);
        given().auth().oauth2(TestTokens.operator()).post(PARKED + "/no-such-message/retry").then().statusCode(404);
    }
}
