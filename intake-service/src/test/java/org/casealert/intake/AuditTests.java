package org.casealert.intake;

import java.util.Map;

import org.casealert.devstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Intake's audit log: who opened a report's particulars and who issued or revoked a hotline key, never what. */
@QuarkusTest
class AuditTests {

    @Test
    void readingAReportAndIssuingAndRevokingKeysAreAudited() {
        Hotlines.Hotline hotline = Hotlines.create("Audited hotline");
        String reportId = given().header("X-Api-Key", hotline.key()).contentType(ContentType.JSON)
                .body(SampleReports.full()).post("/api/v1/reports").then().statusCode(202).extract().path("id");
        assertThat(audit("PARTICULARS_READ", reportId).getList("items")).as("filing is not reading").isEmpty();

        given().auth().oauth2(TestTokens.operator()).get("/api/v1/reports/" + reportId).then().statusCode(200);
        given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + reportId).then().statusCode(200);
        JsonPath reads = audit("PARTICULARS_READ", reportId);
        assertThat(reads.getList("items.actorSub", String.class)).hasSize(2).element(1).isEqualTo("operator@test");
        assertThat(reads.getString("items[0].actorSub")).startsWith("hotline:" + hotline.id() + ":key:");

        JsonPath issued = given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("label", "audited")).post("/api/v1/hotlines/" + hotline.id() + "/keys").then()
                .statusCode(201).extract().jsonPath();
        String keyId = issued.getString("id");
        given().auth().oauth2(TestTokens.operator()).delete("/api/v1/hotlines/" + hotline.id() + "/keys/" + keyId)
                .then().statusCode(204);
        JsonPath issuing = audit("HOTLINE_KEY_ISSUED", keyId);
        assertThat(issuing.getString("items[0].actorSub")).isEqualTo("operator@test");
        assertThat(issuing.getString("items[0].detail")).isEqualTo("hotline " + hotline.id());
        assertThat(audit("HOTLINE_KEY_REVOKED", keyId).getList("items")).hasSize(1);

        String everything = given().auth().oauth2(TestTokens.operator()).queryParam("limit", 500).get("/api/v1/audit")
                .then().statusCode(200).extract().asString();
        assertThat(everything).doesNotContain(SampleReports.NAME, SampleReports.HANGUL, SampleReports.HOMETOWN,
                SampleReports.NOTES, issued.getString("key"), hotline.key());
        given().header("X-Api-Key", hotline.key()).get("/api/v1/audit").then().statusCode(403);
    }

    private static JsonPath audit(String action, String target) {
        return given().auth().oauth2(TestTokens.operator()).queryParam("action", action).queryParam("target", target)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
    }
}
