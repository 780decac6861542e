package org.casealert.intake;

import java.time.Duration;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A report whose event would be too large for Kafka is refused when it is posted, not accepted and stuck:
 * by default at most 64 name readings per person and 4000 per report.
 */
@QuarkusTest
class ReportSizeTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theExplodingReportIsRefusedWithTheFieldsThatMakeItExplode() throws Exception {
        // 200 people with 10 aliases each, every alias six ambiguous syllables: 95 KB that would hash to 12 MB
        String body = report(200, person -> {
            ObjectNode detainee = JSON.createObjectNode().put("name", "Kim Chul Chul Chul Chul Chul Chul " + person)
                    .put("sex", "MALE").put("birthYear", 1990);
            ArrayNode aliases = detainee.putArray("aliases");
            for (int alias = 0; alias < 10; alias++) {
                aliases.add("Kim Chul Chul Chul Chul Chul Chul " + (char) ('a' + alias));
            }
            return detainee;
        });
        assertThat(body.length()).isBetween(90_000, 100_000);

        ExtractableResponse<Response> refused = post(Hotlines.create("Exploding hotline"), body);

        assertThat(refused.statusCode()).as(refused.body().asString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getList("violations.field", String.class)).contains("detainees[0]",
                "detainees[199]", "detainees");
        assertThat(refused.jsonPath().getString("violations.find { it.field == 'detainees[0]' }.message"))
                .contains("64").doesNotContain("Kim", "Chul");
    }

    @Test
    void peopleWithinThePersonalLimitButOverTheReportsTogetherAreRefused() throws Exception {
        // 32 readings each, 6400 together
        String body = report(200, person -> JSON.createObjectNode().put("name", "Kim Chul Chul Chul Chul"));

        ExtractableResponse<Response> refused = post(Hotlines.create("Crowded hotline"), body);

        assertThat(refused.statusCode()).as(refused.body().asString()).isEqualTo(422);
        assertThat(refused.jsonPath().getList("violations.field", String.class)).containsExactly("detainees");
        assertThat(refused.jsonPath().getString("violations[0].message")).contains("6400", "4000");
    }

    @Test
    void aReportAtTheLimitsIsAcceptedAndPublished() throws Exception {
        // 200 people with 20 readings each: 4000 together
        Hotlines.Hotline hotline = Hotlines.create("Full hotline");
        String body = report(200, person -> JSON.createObjectNode().put("name", "Kim Chul Sung Hyun"));

        ExtractableResponse<Response> accepted = post(hotline, body);

        assertThat(accepted.statusCode()).as(accepted.body().asString()).isEqualTo(202);
        String id = accepted.path("id");
        await().atMost(Duration.ofSeconds(20)).until(() -> given().header("X-Api-Key", hotline.key())
                .get("/api/v1/reports/" + id).then().statusCode(200).extract().<Boolean> path("published"));
    }

    private static String report(int people, IntFunction<ObjectNode> person) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("source").put("kind", "FAMILY").put("reliability", "PROBABLE");
        body.putObject("detention").put("stage", "ARRESTED");
        ArrayNode detainees = body.putArray("detainees");
        for (int i = 0; i < people; i++) {
            detainees.add(person.apply(i));
        }
        return JSON.writeValueAsString(body);
    }

    private static ExtractableResponse<Response> post(Hotlines.Hotline hotline, String body) {
        return given().header("X-Api-Key", hotline.key()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reports").then().extract();
    }
}
