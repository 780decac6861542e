package org.casealert.intake;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class IdempotencyTests {

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheFirstAnswer() {
        Hotlines.Hotline hotline = Hotlines.create("Idempotent hotline");
        String key = UUID.randomUUID().toString();
        String first = post(hotline, key, SampleReports.full(), 202);
        String second = post(hotline, key, SampleReports.full(), 202);
        // the same facts written differently are the same body
        String reformatted = post(hotline, key, SampleReports.full().replace("\n", " ").replace("  ", " "), 202);
        assertThat(second).isEqualTo(first);
        assertThat(reformatted).isEqualTo(first);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        Hotlines.Hotline hotline = Hotlines.create("Conflicting hotline");
        String key = UUID.randomUUID().toString();
        post(hotline, key, SampleReports.minimal("Kim Ok-sun"), 202);
        given().header("X-Api-Key", hotline.key()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(SampleReports.minimal("Ri Chun-hui")).post("/api/v1/reports").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void keysOfDifferentHotlinesDoNotMeet() {
        String key = UUID.randomUUID().toString();
        String first = post(Hotlines.create("Hotline one"), key, SampleReports.minimal("Kim"), 202);
        String second = post(Hotlines.create("Hotline two"), key, SampleReports.minimal("Kim"), 202);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void withoutAKeyEveryPostIsANewReport() {
        Hotlines.Hotline hotline = Hotlines.create("Keyless hotline");
        String first = post(hotline, null, SampleReports.minimal("Kim"), 202);
        String second = post(hotline, null, SampleReports.minimal("Kim"), 202);
        assertThat(second).isNotEqualTo(first);
    }

    private static String post(Hotlines.Hotline hotline, String key, String body, int status) {
        var request = given().header("X-Api-Key", hotline.key()).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/reports").then().statusCode(status).extract().path("id");
    }
}
