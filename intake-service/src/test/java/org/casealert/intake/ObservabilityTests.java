package org.casealert.intake;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class ObservabilityTests {

    @Test
    void healthMetricsAndOpenApi() {
        Hotlines.Hotline hotline = Hotlines.create("Metrics hotline");
        given().header("X-Api-Key", hotline.key()).contentType(ContentType.JSON).body(SampleReports.minimal("Metric Kim"))
                .post("/api/v1/reports").then().statusCode(202);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(given().get("/q/metrics").then()
                .statusCode(200).extract().asString()).contains("outbox_backlog", "outbox_publish_lag_seconds_count",
                        "outbox_published_total"));
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertThat(openApi).contains("/api/v1/reports", "Idempotency-Key", "ReportRequest", "Kim Ok-sun", "X-Api-Key",
                "/api/v1/hotlines/{id}/keys");
    }
}
