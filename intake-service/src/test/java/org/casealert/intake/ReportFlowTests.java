package org.casealert.intake;

import java.time.Duration;

import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.DetentionReported;
import org.casealert.events.EventCodec;
import org.casealert.events.Topics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ReportFlowTests {

    @Test
    void aReportIsAcceptedStoredAndPublishedSealed() {
        Hotlines.Hotline hotline = Hotlines.create("Flow hotline");

        var accepted = given().header("X-Api-Key", hotline.key()).contentType(ContentType.JSON)
                .body(SampleReports.full()).post("/api/v1/reports").then().statusCode(202)
                .body("status", equalTo("RECEIVED")).extract();
        String id = accepted.path("id");
        assertThat(accepted.header("Location")).endsWith("/api/v1/reports/" + id);

        await().atMost(Duration.ofSeconds(20)).until(() -> given().header("X-Api-Key", hotline.key())
                .get("/api/v1/reports/" + id).then().statusCode(200).extract().<Boolean> path("published"));
        given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("detainees[0].name", equalTo(SampleReports.NAME))
                .body("detainees[0].nameHangul", equalTo(SampleReports.HANGUL))
                .body("narrative", equalTo(SampleReports.NARRATIVE))
                .body("detention.stage", equalTo("LOCAL_CUSTODY"));

        TestTopics.RawRecord record = TestTopics.readAll(Topics.DETENTION_REPORTS).stream()
                .filter(candidate -> id.equals(candidate.key())).findFirst().orElseThrow();
        assertThat(record.valueAsString()).doesNotContain(SampleReports.NAME, SampleReports.HANGUL, "Ok-sun",
                SampleReports.HOMETOWN, SampleReports.NOTES, SampleReports.NARRATIVE);
        DetentionReported event = EventCodec.readDetentionReported(record.valueAsString());
        assertThat(event.hotlineId()).isEqualTo(hotline.id());
        assertThat(event.detainees()).hasSize(2);
        assertThat(event.detainees().get(0).nameHashes()).isNotEmpty();
        assertThat(event.detainees().get(0).hometownHash()).isNotNull();
        assertThat(event.detainees().get(1).nameHashes()).isEmpty();
    }

    @Test
    void onlyTheSubmittingHotlineAndOperatorsReadAReport() {
        Hotlines.Hotline owner = Hotlines.create("Owner hotline");
        Hotlines.Hotline other = Hotlines.create("Other hotline");
        String id = given().header("X-Api-Key", owner.key()).contentType(ContentType.JSON)
                .body(SampleReports.minimal("Pak Chol")).post("/api/v1/reports").then().statusCode(202).extract()
                .path("id");

        given().header("X-Api-Key", other.key()).get("/api/v1/reports/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.hotline(other.id())).get("/api/v1/reports/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.hotline(owner.id())).get("/api/v1/reports/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/reports/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.advocate()).get("/api/v1/reports/" + id).then().statusCode(403);
        given().get("/api/v1/reports/" + id).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void advocatesCannotPostAndNobodyPostsWithoutCredentials() {
        given().auth().oauth2(TestTokens.advocate()).contentType(ContentType.JSON).body(SampleReports.minimal("Ri Su"))
                .post("/api/v1/reports").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(SampleReports.minimal("Ri Su")).post("/api/v1/reports").then()
                .statusCode(401).contentType("application/problem+json");
        given().header("X-Api-Key", "hk_not-a-real-key").contentType(ContentType.JSON)
                .body(SampleReports.minimal("Ri Su")).post("/api/v1/reports").then().statusCode(401);
    }
}
