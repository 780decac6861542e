package org.casealert.alert;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Operators export a case, or a filter of cases, for a submission: CSV and JSON with the timeline. */
@QuarkusTest
class CaseExportTests {

    private static final String PROVINCE = "Export Province";

    @Inject
    ReportEvents events;

    @Test
    void aFilterExportsOneRowPerCaseWithItsTimelineAndParticularsOnlyForOperatorsWhoAsk() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String first = CaseApi.submit(events.report("hotline-export")
                .person(ReportEvents.Person.named("Mun Hye-jin", Sex.FEMALE, 1992))
                .at(DetentionStage.BORDER_FACILITY, today.minusDays(3), "=HYPERLINK(\"http://evil\")", "Tumen", PROVINCE)
                .build()).getString("reference");
        String second = CaseApi.submit(events.report("hotline-export-2")
                .person(ReportEvents.Person.named("Kang Chol", Sex.MALE, 1969))
                .at(DetentionStage.ARRESTED, today.minusDays(1), null, "Dandong", PROVINCE).build()).getString("reference");
        String elsewhere = CaseApi.submit(events.report("hotline-export-3")
                .person(ReportEvents.Person.named("Ko Un-ha", Sex.FEMALE, 2001))
                .at(DetentionStage.ARRESTED, today, null, "Dandong", "Another Province").build()).getString("reference");

        String csv = given().auth().oauth2(TestTokens.operator()).queryParam("format", "csv")
                .queryParam("province", PROVINCE).get("/api/v1/cases/export").then().statusCode(200)
                .contentType(Matchers.startsWith("text/csv")).header("Content-Disposition", Matchers.startsWith("attachment"))
                .extract().asString();
        List<Map<String, String>> rows = Csv.parse(csv);
        assertThat(rows).extracting(row -> row.get("reference")).containsExactlyInAnyOrder(first, second)
                .doesNotContain(elsewhere);
        Map<String, String> firstRow = rows.stream().filter(row -> row.get("reference").equals(first)).findFirst()
                .orElseThrow();
        assertThat(firstRow.get("level")).isEqualTo("IMMINENT");
        assertThat(firstRow.get("timeline")).contains("REPORT: report received", "LEVEL: case opened at level IMMINENT");
        assertThat(firstRow.get("facility")).as("a spreadsheet does not take it for a formula")
                .isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(csv).as("pseudonymised unless asked").doesNotContain("Mun Hye-jin");

        String withParticulars = given().auth().oauth2(TestTokens.operator()).queryParam("format", "csv")
                .queryParam("province", PROVINCE).queryParam("particulars", true).get("/api/v1/cases/export").then()
                .statusCode(200).extract().asString();
        assertThat(Csv.parse(withParticulars)).extracting(row -> row.get("detainees"))
                .anySatisfy(cell -> assertThat(cell).contains("Mun Hye-jin", "FEMALE", "1992"));

        JsonPath json = given().auth().oauth2(TestTokens.operator()).queryParam("province", PROVINCE)
                .queryParam("particulars", true).get("/api/v1/cases/export").then().statusCode(200)
                .contentType(Matchers.startsWith("application/json")).extract().jsonPath();
        assertThat(json.getList("cases.reference", String.class)).containsExactlyInAnyOrder(first, second);
        assertThat(json.getBoolean("particulars")).isTrue();
        assertThat(json.getString("exportedBy")).isEqualTo("operator@test");
        assertThat(json.getList("cases[0].timeline")).isNotEmpty();
        assertThat(json.getList("cases.detainees.name").toString()).contains("Mun Hye-jin", "Kang Chol");

        JsonPath pseudonymised = given().auth().oauth2(TestTokens.advocate()).queryParam("province", PROVINCE)
                .get("/api/v1/cases/export").then().statusCode(200).extract().jsonPath();
        assertThat(pseudonymised.getList("cases.reference", String.class)).hasSize(2);
        assertThat(pseudonymised.prettify()).doesNotContain("Mun Hye-jin", "Kang Chol");
        given().auth().oauth2(TestTokens.advocate()).queryParam("particulars", true).get("/api/v1/cases/export").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.hotline("hotline-export")).get("/api/v1/cases/export").then().statusCode(403);
        given().get("/api/v1/cases/export").then().statusCode(401);
        given().auth().oauth2(TestTokens.operator()).queryParam("format", "xml").get("/api/v1/cases/export").then()
                .statusCode(422);
    }

    @Test
    void oneCaseExportsAsOneRow() {
        String id = CaseApi.submit(events.report("hotline-export-one")
                .person(ReportEvents.Person.named("Pyon Song-ae", Sex.FEMALE, 1985))
                .at(DetentionStage.LOCAL_CUSTODY, LocalDate.now(ZoneOffset.UTC), null, "Yanji", "One Case Province").build())
                .getString("id");
        String csv = given().auth().oauth2(TestTokens.operator()).queryParam("format", "csv")
                .get("/api/v1/cases/" + id + "/export").then().statusCode(200).extract().asString();
        assertThat(Csv.parse(csv)).singleElement().satisfies(row -> {
            assertThat(row.get("id")).isEqualTo(id);
            assertThat(row.get("stage")).isEqualTo("LOCAL_CUSTODY");
            assertThat(row.get("timeline")).contains("report received");
        });
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/cases/no-such-case/export").then().statusCode(404);
    }

    /** RFC 4180 as the export writes it: quoted fields, doubled quotes, CRLF between records, newlines in fields. */
    static final class Csv {

        static List<Map<String, String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            List<String> header = records.get(0);
            return records.subList(1, records.size()).stream().map(values -> {
                Map<String, String> row = new LinkedHashMap<>();
                for (int column = 0; column < header.size(); column++) {
                    row.put(header.get(column), values.get(column));
                }
                return row;
            }).toList();
        }
    }
}
