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

/** The event is measured as it would be published: over intake.limits.event-size, the report is refused. */
@QuarkusTest
@TestProfile(EventSizeLimitTests.SmallEvents.class)
class EventSizeLimitTests {

    public static class SmallEvents implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("intake.limits.event-size", "8K");
        }
    }

    @Test
    void aReportWhoseEventWouldBeOverTheLimitIsRefusedAndOneUnderItAccepted() {
        Hotlines.Hotline hotline = Hotlines.create("Event size hotline");
        // the narrative travels sealed, a third larger than written
        ExtractableResponse<Response> refused = post(hotline, "n".repeat(7_000));
        assertThat(refused.statusCode()).as(refused.body().asString()).isEqualTo(422);
        assertThat(refused.jsonPath().getList("violations.field", String.class)).containsExactly("detainees");
        assertThat(refused.jsonPath().getString("violations[0].message")).contains("8 KiB");

        assertThat(post(hotline, "n".repeat(3_000)).statusCode()).isEqualTo(202);
    }

    private static ExtractableResponse<Response> post(Hotlines.Hotline hotline, String narrative) {
        return given().header("X-Api-Key", hotline.key()).contentType(ContentType.JSON).body("""
                {"source": {"kind": "FAMILY", "reliability": "PROBABLE"},
                 "detainees": [{"name": "Kim Ok-sun"}],
                 "detention": {"stage": "ARRESTED"},
                 "narrative": "%s"}
                """.formatted(narrative)).post("/api/v1/reports").then().extract();
    }
}
