package org.casealert.alert;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.inject.Inject;

import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Alert's audit log: who opened a case's particulars, merged cases or recorded consent; never the particulars. */
@QuarkusTest
class AuditTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    ReportEvents events;

    @Test
    void operatorsReadingMergingAndRecordingConsentAreAudited() {
        String target = CaseApi.submit(arrested("hotline-audit-1", "Kye Un-hyang", "Linyi")).getString("id");
        String other = CaseApi.submit(arrested("hotline-audit-2", "Kye Song-ho", "Rizhao")).getString("id");
        int readsBefore = audit("PARTICULARS_READ", target).getList("items").size();
        assertThat(readsBefore).as("finding the case in the list and opening it, as an operator").isGreaterThan(0);

        given().auth().oauth2(TestTokens.advocate()).get("/api/v1/cases/" + target).then().statusCode(200);
        assertThat(audit("PARTICULARS_READ", target).getList("items")).as("the pseudonymised view opens nothing")
                .hasSize(readsBefore);
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/cases/" + target).then().statusCode(200);
        JsonPath reads = audit("PARTICULARS_READ", target);
        assertThat(reads.getList("items")).hasSize(readsBefore + 1);
        assertThat(reads.getString("items[0].actorSub")).isEqualTo("operator@test");

        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("givenBy", "FAMILY", "appealsToUnhcr", true)).post("/api/v1/cases/" + target + "/consent")
                .then().statusCode(200);
        JsonPath consent = audit("CONSENT_CHANGED", target);
        assertThat(consent.getString("items[0].actorSub")).isEqualTo("operator@test");
        assertThat(consent.getString("items[0].detail")).isEqualTo("1 people, given by FAMILY");

        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(Map.of("otherCaseId", other))
                .post("/api/v1/cases/" + target + "/merge").then().statusCode(200);
        assertThat(audit("CASE_MERGED", target).getString("items[0].detail")).isEqualTo("merged in case " + other);
        assertThat(audit("CASE_MERGED", other).getString("items[0].detail")).isEqualTo("merged into case " + target);
        assertThat(audit("CASE_MERGED", target).getString("items[0].actorName")).isEqualTo("operator@test");

        String everything = given().auth().oauth2(TestTokens.operator()).queryParam("limit", 500).get("/api/v1/audit")
                .then().statusCode(200).extract().asString();
        assertThat(everything).doesNotContain("Kye Un-hyang", "Kye Song-ho", "Linyi", "Rizhao");
        given().auth().oauth2(TestTokens.advocate()).get("/api/v1/audit").then().statusCode(403);
    }

    private DetentionReported arrested(String hotline, String name, String city) {
        return events.report(hotline).person(ReportEvents.Person.named(name, Sex.FEMALE, 1979))
                .at(DetentionStage.ARRESTED, TODAY, null, city, "Shandong").build();
    }

    private static JsonPath audit(String action, String target) {
        return given().auth().oauth2(TestTokens.operator()).queryParam("action", action).queryParam("target", target)
                .queryParam("limit", 500).get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
    }
}
