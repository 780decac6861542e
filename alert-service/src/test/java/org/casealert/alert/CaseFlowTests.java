package org.casealert.alert;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.EventCodec;
import org.casealert.events.Level;
import org.casealert.events.Sex;
import org.casealert.events.Topics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class CaseFlowTests {

    @Inject
    ReportEvents events;

    @Test
    void aReportFromTheBorderOpensAnImminentCaseAndPublishesOneSealedAlert() {
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        DetentionReported report = events.report("hotline-flow-1")
                .person(ReportEvents.Person.named("Han Sun-hui", Sex.FEMALE, 1991).expecting())
                .person(ReportEvents.Person.named("Jo Myong-chol", Sex.MALE, 1985))
                .at(DetentionStage.BORDER_FACILITY, since, "Tumen Border Detention Center", "Tumen", "Jilin")
                .consent(true).narrative("Caught near the river at night").build();

        JsonPath found = CaseApi.submit(report);

        assertThat(found.getString("level")).isEqualTo("IMMINENT");
        assertThat(found.getString("corridor")).isEqualTo("TUMEN-ONSONG");
        assertThat(found.getString("deadline")).isEqualTo(since.plusDays(7).toString());
        assertThat(found.getList("reasons.code", String.class)).contains("BORDER_FACILITY");
        assertThat(found.getString("reference")).matches("NK-\\d{4}-\\d{4}");
        assertThat(found.getList("detainees.name", String.class)).containsExactlyInAnyOrder("Han Sun-hui",
                "Jo Myong-chol");
        String caseId = found.getString("id");

        List<CaseAlert> alerts = awaitAlerts(caseId, 1);
        CaseAlert alert = alerts.get(0);
        assertThat(alert.kind()).isEqualTo(AlertKind.RAISED);
        assertThat(alert.caseSummary().level()).isEqualTo(Level.IMMINENT);
        assertThat(alert.caseSummary().detaineeCount()).isEqualTo(2);
        assertThat(alert.caseSummary().women()).isEqualTo(1);
        assertThat(alert.consent().appealsToUn()).isTrue();
        assertThat(alert.consent().appealsToUnhcr()).isNull();
        assertThat(alert.caseSummary().reasons()).extracting(reason -> reason.code()).doesNotContain("PREGNANT")
                .contains("AGGRAVATING_FACTORS");

        String raw = TestTopics.readAll(Topics.CASE_ALERTS).stream().filter(record -> caseId.equals(record.key()))
                .map(record -> new String(record.value(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(raw).doesNotContain("Han Sun-hui", "Jo Myong-chol", "Caught near the river");
    }

    @Test
    void advocatesSeeThePseudonymisedCaseOnly() {
        DetentionReported report = events.report("hotline-flow-2")
                .person(ReportEvents.Person.named("Ri Yong-ae", Sex.FEMALE, 1979).from("Hyesan"))
                .at(DetentionStage.LOCAL_CUSTODY, LocalDate.now(ZoneOffset.UTC), "Shenyang PSB", "Shenyang",
                        "Liaoning")
                .narrative("Her brother in Seoul called the hotline").build();
        String caseId = CaseApi.submit(report).getString("id");

        String body = given().auth().oauth2(TestTokens.advocate()).get("/api/v1/cases/" + caseId).then()
                .statusCode(200).extract().asString();

        assertThat(body).contains("\"reference\"", "\"level\":\"URGENT\"").doesNotContain("Ri Yong-ae", "Hyesan",
                "brother", "detainees", "narratives");
    }

    @Test
    void theSameReportDeliveredTwiceChangesNothing() {
        DetentionReported report = events.report("hotline-flow-3")
                .person(ReportEvents.Person.named("Choe Kum-suk", Sex.FEMALE, 1990))
                .at(DetentionStage.ARRESTED, LocalDate.now(ZoneOffset.UTC), null, "Kunming", "Yunnan").build();
        String caseId = CaseApi.submit(report).getString("id");
        awaitAlerts(caseId, 1);

        TestTopics.send(Topics.DETENTION_REPORTS, report.reportId(), EventCodec.write(report));
        DetentionReported marker = events.report("hotline-flow-3")
                .person(ReportEvents.Person.named("Someone Else Entirely", Sex.MALE, 1950))
                .at(DetentionStage.UNKNOWN, null, null, null, null).build();
        CaseApi.submit(marker); // consumed after the duplicate, on whichever partition: wait for it too

        JsonPath again = CaseApi.get(caseId);
        assertThat(again.getList("reportIds")).hasSize(1);
        assertThat(again.getList("detainees")).hasSize(1);
        assertThat(AlertTopic.alertsFor(caseId)).hasSize(1);
    }

    @Test
    void aValueThatIsNoEventGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        TestTopics.send(Topics.DETENTION_REPORTS, "garbage", "{\"not\": \"an event\"");

        DetentionReported after = events.report("hotline-flow-4")
                .person(ReportEvents.Person.named("Kang Chol", Sex.MALE, 1970))
                .at(DetentionStage.ARRESTED, LocalDate.now(ZoneOffset.UTC), null, "Dandong", "Liaoning").build();
        assertThat(CaseApi.submit(after).getString("corridor")).isEqualTo("DANDONG-SINUIJU");
        await().atMost(Duration.ofSeconds(20)).until(() -> TestTopics.readAll(Topics.DETENTION_REPORTS + ".dlq")
                .stream().anyMatch(record -> "garbage".equals(record.key())));
    }

    static List<CaseAlert> awaitAlerts(String caseId, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> AlertTopic.alertsFor(caseId).size() >= count);
        return AlertTopic.alertsFor(caseId);
    }
}
