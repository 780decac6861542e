package org.casealert.intake;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(RateLimitTests.SmallLimits.class)
class RateLimitTests {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("intake.rate-limit.burst", "3", "intake.rate-limit.reports-per-minute", "6");
        }
    }

    @Test
    void aHotlineOverItsLimitIsToldWhenToComeBackAndOthersAreNotHeldUp() {
        Hotlines.Hotline busy = Hotlines.create("Busy hotline");
        Hotlines.Hotline calm = Hotlines.create("Calm hotline");
        for (int i = 0; i < 3; i++) {
            post(busy).statusCode();
        }
        ExtractableResponse<Response> limited = post(busy);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 11);
        assertThat(post(calm).statusCode()).isEqualTo(202);
    }

    private static ExtractableResponse<Response> post(Hotlines.Hotline hotline) {
        return given().header("X-Api-Key", hotline.key()).contentType(ContentType.JSON)
                .body(SampleReports.minimal("Limit Kim")).post("/api/v1/reports").then().extract();
    }
}
