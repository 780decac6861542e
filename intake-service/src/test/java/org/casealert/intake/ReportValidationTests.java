package org.casealert.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every field rule of the contract: what passes, and for what fails, the status and the field's path. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportValidationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear();

    private Hotlines.Hotline hotline;

    /** Made at first use: RestAssured knows the test port only once a test runs. */
    private Hotlines.Hotline hotline() {
        if (hotline == null) {
            hotline = Hotlines.create("Validation hotline");
        }
        return hotline;
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                row("the contract's example", body -> {
                }, 202, null),
                row("externalRef of 64 characters", body -> body.put("externalRef", "x".repeat(64)), 202, null),
                row("externalRef of 65 characters", body -> body.put("externalRef", "x".repeat(65)), 422, "externalRef"),
                row("observedAt absent (now)", body -> body.remove("observedAt"), 202, null),
                row("observedAt 4 minutes ahead", body -> body.put("observedAt", Instant.now().plusSeconds(240).toString()),
                        202, null),
                row("observedAt 10 minutes ahead", body -> body.put("observedAt", Instant.now().plusSeconds(600).toString()),
                        422, "observedAt"),
                row("observedAt not a time", body -> body.put("observedAt", "yesterday"), 422, "observedAt"),
                row("source missing", body -> body.remove("source"), 422, "source"),
                row("source.kind unknown", body -> source(body).put("kind", "NEIGHBOUR"), 422, "source.kind"),
                row("source.kind missing", body -> source(body).remove("kind"), 422, "source.kind"),
                row("each source.kind", body -> source(body).put("kind", "NGO_PARTNER"), 202, null),
                row("source.reliability missing", body -> source(body).remove("reliability"), 422, "source.reliability"),
                row("source.reliability unknown", body -> source(body).put("reliability", "LIKELY"), 422,
                        "source.reliability"),
                row("detainees missing", body -> body.remove("detainees"), 422, "detainees"),
                row("detainees empty", body -> body.putArray("detainees"), 422, "detainees"),
                row("200 detainees", body -> detainees(body, 200), 202, null),
                row("201 detainees", body -> detainees(body, 201), 422, "detainees"),
                row("a null detainee", body -> ((ArrayNode) body.get("detainees")).addNull(), 422, "detainees[2]"),
                row("a detainee without a name", body -> detainee(body).removeAll().put("sex", "MALE"), 422,
                        "detainees[0].name"),
                row("a detainee with a blank name only", body -> detainee(body).removeAll().put("name", "  "), 422,
                        "detainees[0].name"),
                row("a detainee known by a Hangul name", body -> detainee(body).removeAll().put("nameHangul", "김옥순"),
                        202, null),
                row("a detainee known by an alias", body -> {
                    detainee(body).removeAll().putArray("aliases").add("Ok-sun");
                }, 202, null),
                row("a detainee marked unnamed", body -> detainee(body).removeAll().put("unnamed", true), 202, null),
                row("name of 200 characters", body -> detainee(body).put("name", "n".repeat(200)), 202, null),
                row("name of 201 characters", body -> detainee(body).put("name", "n".repeat(201)), 422,
                        "detainees[0].name"),
                row("nameHangul of 201 characters", body -> detainee(body).put("nameHangul", "김".repeat(201)), 422,
                        "detainees[0].nameHangul"),
                row("hometown of 201 characters", body -> detainee(body).put("hometown", "h".repeat(201)), 422,
                        "detainees[0].hometown"),
                row("10 aliases", body -> aliases(body, 10, 200), 202, null),
                row("11 aliases", body -> aliases(body, 11, 10), 422, "detainees[0].aliases"),
                row("an alias of 201 characters", body -> aliases(body, 2, 201), 422, "detainees[0].aliases[1]"),
                row("a null alias", body -> ((ArrayNode) detainee(body).get("aliases")).addNull(), 422,
                        "detainees[0].aliases[1]"),
                row("sex absent", body -> detainee(body).remove("sex"), 202, null),
                row("sex not in the list", body -> detainee(body).put("sex", "F"), 422, "detainees[0].sex"),
                row("birthYear 1900", body -> detainee(body).put("birthYear", 1900), 202, null),
                row("birthYear 1899", body -> detainee(body).put("birthYear", 1899), 422, "detainees[0].birthYear"),
                row("birthYear this year", body -> detainee(body).put("birthYear", YEAR), 202, null),
                row("birthYear next year", body -> detainee(body).put("birthYear", YEAR + 1), 422,
                        "detainees[0].birthYear"),
                row("birthYear not a number", body -> detainee(body).put("birthYear", "nineteen ninety"), 422,
                        "detainees[0].birthYear"),
                row("pregnant not a boolean", body -> detainee(body).put("pregnant", "maybe"), 422,
                        "detainees[0].pregnant"),
                row("notes of 2,000 characters", body -> detainee(body).put("notes", "n".repeat(2_000)), 202, null),
                row("notes of 2,001 characters", body -> detainee(body).put("notes", "n".repeat(2_001)), 422,
                        "detainees[0].notes"),
                row("detention missing", body -> body.remove("detention"), 422, "detention"),
                row("detention.stage missing", body -> detention(body).remove("stage"), 422, "detention.stage"),
                row("detention.stage unknown", body -> detention(body).put("stage", "DEPORTED"), 422, "detention.stage"),
                row("detention.stage UNKNOWN", body -> detention(body).put("stage", "UNKNOWN"), 202, null),
                row("detention.since today", body -> detention(body).put("since", LocalDate.now(ZoneOffset.UTC).toString()),
                        202, null),
                row("detention.since tomorrow in China (today somewhere)",
                        body -> detention(body).put("since", LocalDate.now(ZoneOffset.ofHours(14)).toString()), 202, null),
                row("detention.since in two days",
                        body -> detention(body).put("since", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString()), 422,
                        "detention.since"),
                row("detention.since not a date", body -> detention(body).put("since", "2026-02-30"), 422,
                        "detention.since"),
                row("facility of 201 characters", body -> detention(body).put("facility", "f".repeat(201)), 422,
                        "detention.facility"),
                row("city of 201 characters", body -> detention(body).put("city", "c".repeat(201)), 422,
                        "detention.city"),
                row("province in Chinese", body -> detention(body).put("province", "吉林省"), 202, null),
                row("province in Korean", body -> detention(body).put("province", "랴오닝성"), 202, null),
                row("province with 'Province'", body -> detention(body).put("province", "Heilongjiang Province"), 202,
                        null),
                row("province outside China", body -> detention(body).put("province", "North Hamgyong"), 422,
                        "detention.province"),
                row("transferExpectedOn given", body -> detention(body).put("transferExpectedOn", "2026-12-24"), 202,
                        null),
                row("transferExpectedOn not a date", body -> detention(body).put("transferExpectedOn", "soon"), 422,
                        "detention.transferExpectedOn"),
                row("transferExpectedOn in year 10000", body -> detention(body).put("transferExpectedOn", "+10000-01-01"),
                        422, "detention.transferExpectedOn"),
                row("a date as a number", body -> detention(body).put("since", 1_300_000_000_000L), 422,
                        "detention.since"),
                row("detention.since in 1850", body -> detention(body).put("since", "1850-01-01"), 422,
                        "detention.since"),
                row("observedAt as a number", body -> body.put("observedAt", 1.7e9), 422, "observedAt"),
                row("observedAt in year -1000000000", body -> body.put("observedAt", "-1000000000-01-01T00:00:00Z"), 422,
                        "observedAt"),
                row("riskFactors, all of them", body -> {
                    ArrayNode factors = body.putArray("riskFactors");
                    List.of("SOUTH_KOREA_CONTACT", "RELIGIOUS_CONTACT", "ATTEMPTED_ROK", "TRAFFICKING_VICTIM",
                            "PRIOR_REPATRIATION", "HEALTH_CRITICAL", "DISPATCHED_WORKER").forEach(factors::add);
                }, 202, null),
                row("riskFactors repeated", body -> body.putArray("riskFactors").add("ATTEMPTED_ROK").add("ATTEMPTED_ROK"),
                        202, null),
                row("riskFactors unknown", body -> body.putArray("riskFactors").add("ATTEMPTED_ROK").add("SINGING"), 422,
                        "riskFactors[1]"),
                row("consent absent", body -> body.remove("consent"), 202, null),
                row("consent not a boolean", body -> ((ObjectNode) body.get("consent")).put("appealsToUn", "maybe"), 422,
                        "consent.appealsToUn"),
                row("narrative of 10,000 characters", body -> body.put("narrative", "n".repeat(10_000)), 202, null),
                row("narrative of 10,001 characters", body -> body.put("narrative", "n".repeat(10_001)), 422,
                        "narrative"),
                row("a NUL character in a stored field", body -> detention(body).put("facility", "Tumen\u0000"), 422,
                        "detention.facility"),
                row("a NUL character in a sealed field", body -> detainee(body).put("name", "Kim\u0000"), 422,
                        "detainees[0].name"),
                row("an unknown field", body -> body.put("nmae", "typo"), 400, "nmae"),
                row("an unknown nested field", body -> detainee(body).put("birthyear", 1990), 400,
                        "detainees[0].birthyear"),
                row("an object where a string belongs", body -> body.putObject("externalRef"), 422, "externalRef"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void rule(String name, Consumer<ObjectNode> change, int status, String field) throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(SampleReports.full());
        change.accept(body);
        ExtractableResponse<Response> response = given().header("X-Api-Key", hotline().key()).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(body)).post("/api/v1/reports").then().extract();

        assertThat(response.statusCode()).as(response.body().asString()).isEqualTo(status);
        if (field != null) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getList("violations.field", String.class)).contains(field);
            assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        }
    }

    @Test
    void aProvinceIsStoredByItsEnglishNameAndSexDefaultsToUnknown() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(SampleReports.full());
        detention(body).put("province", "吉林省");
        detainee(body).remove("sex");
        String id = given().header("X-Api-Key", hotline().key()).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(body)).post("/api/v1/reports").then().statusCode(202).extract().path("id");
        ExtractableResponse<Response> stored = given().header("X-Api-Key", hotline().key()).get("/api/v1/reports/" + id)
                .then().statusCode(200).extract();
        assertThat(stored.jsonPath().getString("detention.province")).isEqualTo("Jilin");
        assertThat(stored.jsonPath().getString("detainees[0].sex")).isEqualTo("UNKNOWN");
        assertThat(stored.jsonPath().getBoolean("consent.appealsToUn")).isTrue();
    }

    private static Arguments row(String name, Consumer<ObjectNode> change, int status, String field) {
        return Arguments.of(name, change, status, field);
    }

    private static ObjectNode source(ObjectNode body) {
        return (ObjectNode) body.get("source");
    }

    private static ObjectNode detention(ObjectNode body) {
        return (ObjectNode) body.get("detention");
    }

    private static ObjectNode detainee(ObjectNode body) {
        return (ObjectNode) body.get("detainees").get(0);
    }

    private static void detainees(ObjectNode body, int count) {
        ArrayNode detainees = body.putArray("detainees");
        for (int i = 0; i < count; i++) {
            detainees.addObject().put("name", "Person " + i).put("sex", "FEMALE");
        }
    }

    private static void aliases(ObjectNode body, int count, int length) {
        ArrayNode aliases = detainee(body).putArray("aliases");
        for (int i = 0; i < count; i++) {
            aliases.add(String.valueOf((char) ('a' + i)).repeat(length));
        }
    }
}
