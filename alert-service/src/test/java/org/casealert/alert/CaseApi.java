package org.casealert.alert;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.DetentionReported;
import org.casealert.events.EventCodec;
import org.casealert.events.Topics;

import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Puts reports on the topic and reads cases back through the API, as an operator. */
final class CaseApi {

    private CaseApi() {
    }

    /** Publishes the report and waits until it is part of a case; returns that case (operator view). */
    static JsonPath submit(DetentionReported report) {
        TestTopics.send(Topics.DETENTION_REPORTS, report.reportId(), EventCodec.write(report));
        return caseOfReport(report.reportId());
    }

    static JsonPath caseOfReport(String reportId) {
        String[] caseId = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Map<String, Object>> items = given().auth().oauth2(TestTokens.operator()).queryParam("limit", 500)
                    .get("/api/v1/cases").then().statusCode(200).extract().jsonPath().getList("items");
            for (Map<String, Object> item : items) {
                if (((List<?>) item.get("reportIds")).contains(reportId)) {
                    caseId[0] = (String) item.get("id");
                    return true;
                }
            }
            return false;
        });
        return get(caseId[0]);
    }

    static JsonPath get(String caseId) {
        return given().auth().oauth2(TestTokens.operator()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().jsonPath();
    }
}
