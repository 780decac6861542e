package org.casealert.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** What operators do by hand (stage, status, merge), who may do it, and how cases are listed. */
@QuarkusTest
class OperatorTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String[] GIVEN_NAMES = { "Seol Chol-nam", "Seol Kwang-il", "Seol Myong-jin", "Seol Hyok-chol",
            "Seol Tae-song" };

    @Inject
    ReportEvents events;

    @Test
    void anOperatorMovesACaseToTheBorderAndThenRecordsTheRepatriation() {
        String caseId = CaseApi.submit(arrested("hotline-op-1", "Pyon Chol-ung", "Qingdao", "Shandong")).getString("id");

        JsonPath moved = operator().body(Map.of("stage", "BORDER_FACILITY", "since", TODAY.toString(), "note",
                "Moved to Dandong, said the broker's cousin")).post("/api/v1/cases/" + caseId + "/status").then()
                .statusCode(200).extract().jsonPath();
        assertThat(moved.getString("level")).isEqualTo("IMMINENT");
        assertThat(moved.getString("deadline")).isEqualTo(TODAY.plusDays(7).toString());
        assertThat(moved.getList("timeline.note", String.class)).contains("Moved to Dandong, said the broker's cousin");
        assertThat(moved.getList("timeline.detail", String.class)).contains(
                "stage BORDER_FACILITY, status OPEN set by operator@test")
                .anyMatch(detail -> detail.startsWith("report received: 1 people") && detail.contains(", source "));

        JsonPath ended = operator().body(Map.of("stage", "REPATRIATED"))
                .post("/api/v1/cases/" + caseId + "/status").then().statusCode(200).extract().jsonPath();
        assertThat(ended.getString("status")).isEqualTo("REPATRIATED");

        List<CaseAlert> alerts = ClockTests.awaitSettled(caseId, 3);
        assertThat(alerts).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED, AlertKind.ESCALATED,
                AlertKind.REPATRIATED);

        String advocateView = given().auth().oauth2(TestTokens.advocate()).get("/api/v1/cases/" + caseId).then()
                .statusCode(200).extract().asString();
        assertThat(advocateView).contains("REPATRIATED").doesNotContain("broker's cousin", "Pyon Chol-ung");
        // the advocates' timeline says what happened, not which operator did it or what kind of source told us
        List<String> advocateTimeline = given().auth().oauth2(TestTokens.advocate()).get("/api/v1/cases/" + caseId)
                .then().extract().jsonPath().getList("timeline.detail", String.class);
        assertThat(advocateTimeline).contains("stage BORDER_FACILITY, status OPEN")
                .noneMatch(detail -> detail.contains("operator@test") || detail.contains("source")
                        || detail.contains("FAMILY") || detail.contains("BROKER"));
    }

    @Test
    void anOperatorMarkingACaseSafeResolvesIt() {
        String caseId = CaseApi.submit(arrested("hotline-op-2", "Sim Hyang-mi", "Qingdao", "Shandong")).getString("id");
        operator().body(Map.of("status", "SAFE", "note", "Reached a safe house"))
                .post("/api/v1/cases/" + caseId + "/status").then().statusCode(200).body("status", containsString("SAFE"));

        assertThat(ClockTests.awaitSettled(caseId, 2)).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED,
                AlertKind.RESOLVED);
    }

    @Test
    void anOperatorMergesAPossibleMatchAndTheOtherCaseIsClosed() {
        String target = CaseApi.submit(arrested("hotline-op-3", "Chon Kyong-sik", "Jinan", "Shandong")).getString("id");
        JsonPath namesake = CaseApi.submit(events.report("hotline-op-4")
                .person(ReportEvents.Person.named("Chon Kyong-sik", Sex.MALE, 1961))
                .person(ReportEvents.Person.named("Chon Hye-gyong", Sex.FEMALE, 2011))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY.minusDays(1), null, "Jinan", "Shandong").build());
        String other = namesake.getString("id");
        assertThat(other).as("born ten years apart: not merged by itself").isNotEqualTo(target);
        assertThat(namesake.getList("possibleMatches.caseId", String.class)).containsExactly(target);

        JsonPath merged = operator().body(Map.of("otherCaseId", other)).post("/api/v1/cases/" + target + "/merge")
                .then().statusCode(200).extract().jsonPath();

        assertThat(merged.getList("reportIds")).hasSize(2);
        assertThat(merged.getList("detainees")).hasSize(3);
        assertThat(merged.getString("stage")).isEqualTo("LOCAL_CUSTODY");
        assertThat(merged.getString("confidence")).isEqualTo("CORROBORATED");
        assertThat(merged.getList("timeline.kind", String.class)).contains("MERGE");
        assertThat(merged.getList("possibleMatches")).isEmpty();
        JsonPath closed = CaseApi.get(other);
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getList("reasons.code", String.class)).containsExactly("MERGED");
        assertThat(ReplayTests.allCaseIds()).contains(target).doesNotContain(other);

        assertThat(ClockTests.awaitSettled(target, 2)).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED,
                AlertKind.UPDATED);
        assertThat(ClockTests.awaitSettled(other, 2)).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED,
                AlertKind.MERGED);

        operator().body(Map.of("otherCaseId", other)).post("/api/v1/cases/" + target + "/merge").then().statusCode(409);
        operator().body(Map.of("otherCaseId", target)).post("/api/v1/cases/" + target + "/merge").then().statusCode(422);
        operator().body(Map.of("otherCaseId", "no-such-case")).post("/api/v1/cases/" + target + "/merge").then()
                .statusCode(422).body("violations[0].field", containsString("otherCaseId"));
    }

    @Test
    void aMergeKeepsTheMergedCasesNotesReadableAndItsNamesakes() {
        String target = CaseApi.submit(arrested("hotline-op-7", "Ryu Kyong-nam", "Weifang", "Shandong")).getString("id");
        String other = CaseApi.submit(events.report("hotline-op-8")
                .person(ReportEvents.Person.named("Ryu Kyong-nam", Sex.MALE, 1950))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY, null, "Weifang", "Shandong").build()).getString("id");
        String third = CaseApi.submit(events.report("hotline-op-9")
                .person(ReportEvents.Person.named("Ryu Kyong-nam", Sex.MALE, 1930))
                .at(DetentionStage.ARRESTED, TODAY, null, "Weifang", "Shandong").build()).getString("id");
        assertThat(CaseApi.get(third).getList("possibleMatches.caseId", String.class)).contains(target, other);
        operator().body(Map.of("stage", "LOCAL_CUSTODY", "note", "Brother in Weifang says he was moved"))
                .post("/api/v1/cases/" + other + "/status").then().statusCode(200);

        operator().body(Map.of("otherCaseId", other)).post("/api/v1/cases/" + target + "/merge").then().statusCode(200);

        JsonPath merged = operator().get("/api/v1/cases/" + target).then().statusCode(200).extract().jsonPath();
        assertThat(merged.getList("timeline.note", String.class)).contains("Brother in Weifang says he was moved");
        assertThat(merged.getList("possibleMatches.caseId", String.class)).containsExactly(third);
        assertThat(CaseApi.get(third).getList("possibleMatches.caseId", String.class)).contains(target)
                .doesNotContain(other);
        operator().get("/api/v1/cases/" + other).then().statusCode(200);
    }

    @Test
    void eachRoleMayDoWhatTheContractSaysAndNoMore() {
        String caseId = CaseApi.submit(arrested("hotline-op-5", "Min Yong-ho", "Qingdao", "Shandong")).getString("id");
        String status = "/api/v1/cases/" + caseId + "/status";

        given().get("/api/v1/cases").then().statusCode(401);
        given().get("/api/v1/cases/" + caseId).then().statusCode(401);
        given().auth().oauth2(TestTokens.hotline("hotline-op-5")).get("/api/v1/cases").then().statusCode(403);
        given().auth().oauth2(TestTokens.advocate()).get("/api/v1/cases").then().statusCode(200);
        given().auth().oauth2(TestTokens.advocate()).contentType(ContentType.JSON).body(Map.of("status", "SAFE"))
                .post(status).then().statusCode(403);
        given().auth().oauth2(TestTokens.hotline("hotline-op-5")).contentType(ContentType.JSON).body(Map.of("status", "SAFE"))
                .post(status).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("status", "SAFE")).post(status).then().statusCode(401);
        given().auth().oauth2(TestTokens.advocate()).contentType(ContentType.JSON)
                .body(Map.of("otherCaseId", caseId)).post("/api/v1/cases/" + caseId + "/merge").then().statusCode(403);
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/cases/no-such-case").then().statusCode(404)
                .contentType("application/problem+json");
        operator().body(Map.of()).post(status).then().statusCode(422);
        operator().body(Map.of("status", "GONE")).post(status).then().statusCode(422)
                .body("violations[0].field", containsString("status"));
        operator().body("").post(status).then().statusCode(400);
        operator().body(Map.of("status", "SAFE", "colour", "red")).post(status).then().statusCode(400);
    }

    @Test
    void casesAreFilteredAndPagedWithACursorMostRecentlyChangedFirst() {
        Instant start = Instant.now();
        for (int i = 0; i < 5; i++) {
            CaseApi.submit(arrested("hotline-op-6", GIVEN_NAMES[i], "Zibo", "Shandong"));
        }
        CaseApi.submit(events.report("hotline-op-6").person(ReportEvents.Person.named("Seol Ryong-un", Sex.MALE, 1969))
                .at(DetentionStage.BORDER_FACILITY, TODAY, "Pagingville Border Detention Center", "Pagingville", "Liaoning")
                .build());

        List<Map<String, Object>> pages = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().auth().oauth2(TestTokens.advocate()).queryParam("limit", 2)
                    .queryParam("updatedSince", start.toString()).queryParam("province", "shandong");
            JsonPath page = (cursor == null ? request : request.queryParam("cursor", cursor)).get("/api/v1/cases")
                    .then().statusCode(200).extract().jsonPath();
            pages.addAll(page.getList("items"));
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(pages).hasSize(5).allSatisfy(item -> {
            assertThat(item.get("province")).isEqualTo("Shandong");
            assertThat(item).doesNotContainKeys("detainees", "narratives");
        });
        List<String> updated = pages.stream().map(item -> (String) item.get("updatedAt")).toList();
        assertThat(updated).isSortedAccordingTo(Comparator.reverseOrder());

        assertThat(given().auth().oauth2(TestTokens.advocate()).queryParam("corridor", "TEST-PAGING")
                .queryParam("level", "imminent").queryParam("updatedSince", start.toString()).get("/api/v1/cases")
                .then().statusCode(200).extract().jsonPath().getList("items.stage", String.class))
                .containsExactly("BORDER_FACILITY");
        given().auth().oauth2(TestTokens.advocate()).queryParam("level", "SEVERE").get("/api/v1/cases").then()
                .statusCode(422).body("violations[0].field", containsString("level"));
        given().auth().oauth2(TestTokens.advocate()).queryParam("limit", 501).get("/api/v1/cases").then().statusCode(422);
        given().auth().oauth2(TestTokens.advocate()).queryParam("updatedSince", "yesterday").get("/api/v1/cases").then()
                .statusCode(422);
        given().auth().oauth2(TestTokens.advocate()).queryParam("cursor", "not-a-cursor").get("/api/v1/cases").then()
                .statusCode(422);
    }

    private DetentionReported arrested(String hotline, String name, String city, String province) {
        return events.report(hotline).person(ReportEvents.Person.named(name, Sex.MALE, 1971))
                .at(DetentionStage.ARRESTED, TODAY, null, city, province).build();
    }

    private static RequestSpecification operator() {
        return given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON);
    }
}
