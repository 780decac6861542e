package org.casealert.alert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.casealert.devstack.testing.TestPostgres;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.CaseAlert;
import org.casealert.events.CaseParticulars;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.EventCodec;
import org.casealert.events.Sex;
import org.casealert.events.Topics;
import org.casealert.events.crypto.Crypto;
import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.SealContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Operators read names, narratives and notes; nothing else does: not the database, not the alerts
 * topic (but for particulars sealed to each alert), not advocates, not the logs.
 */
@QuarkusTest
class SecrecyTests {

    private static final String NAME = "Ju Kyong-nim";
    private static final String HOMETOWN = "Sinpo";
    private static final String NARRATIVE = "Her husband saw the police van at the Longjing bus station";
    private static final String NOTE = "Lawyer Pak visited on Tuesday";

    @Inject
    Crypto crypto;
    @Inject
    ReportEvents events;

    @Test
    void onlyOperatorsAndFullDisclosureRecipientsCanReadAPerson() throws Exception {
        DetentionReported report = events.report("hotline-secrecy")
                .person(ReportEvents.Person.named(NAME, Sex.FEMALE, 1982).from(HOMETOWN))
                .at(DetentionStage.LOCAL_CUSTODY, LocalDate.now(ZoneOffset.UTC), "Longjing PSB", "Longjing", "Jilin")
                .consent(true).narrative(NARRATIVE).build();
        JsonPath opened = CaseApi.submit(report);
        String caseId = opened.getString("id");
        String operatorToken = TestTokens.operator();
        given().auth().oauth2(operatorToken).contentType(ContentType.JSON)
                .body(Map.of("stage", "LOCAL_CUSTODY", "note", NOTE)).post("/api/v1/cases/" + caseId + "/status").then()
                .statusCode(200);

        String operatorView = given().auth().oauth2(operatorToken).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().asString();
        assertThat(operatorView).contains(NAME, HOMETOWN, NARRATIVE, NOTE);
        String advocateToken = TestTokens.advocate();
        String advocateViews = given().auth().oauth2(advocateToken).get("/api/v1/cases/" + caseId).then()
                .statusCode(200).extract().asString()
                + given().auth().oauth2(advocateToken).queryParam("province", "Jilin").get("/api/v1/cases").then()
                        .statusCode(200).extract().asString();
        assertThat(advocateViews).contains(caseId).doesNotContain(NAME, HOMETOWN, NARRATIVE, NOTE);

        CaseAlert alert = CaseFlowTests.awaitAlerts(caseId, 1).get(0);
        CaseParticulars particulars = EventCodec.read(
                crypto.ring(Hop.ALERTS).open(alert.sealedParticulars(),
                        SealContext.caseParticulars(alert.eventId().toString())),
                CaseParticulars.class);
        assertThat(particulars.detainees()).extracting(CaseParticulars.Detainee::name).containsExactly(NAME);
        assertThat(EventCodec.write(particulars)).doesNotContain(NARRATIVE, NOTE);

        List<String> secrets = List.of(NAME, HOMETOWN, NARRATIVE, NOTE);
        assertThat(TestPostgres.dumpAsText(TestInfrastructure.DATABASE, "detention_case", "case_person",
                "person_mention", "case_report", "case_timeline", "outbox")).contains(caseId)
                .doesNotContain(secrets);
        assertThat(TestTopics.readAll(Topics.CASE_ALERTS)).extracting(TestTopics.RawRecord::valueAsString)
                .allSatisfy(value -> assertThat(value).doesNotContain(secrets));

        Path log = Path.of("target/alert-test.log");
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.readString(log).contains(caseId));
        assertThat(Files.readString(log)).contains("PARTICULARS_READ " + caseId + " by operator@test")
                .doesNotContain(secrets).doesNotContain(operatorToken, advocateToken,
                        ConfigProvider.getConfig().getValue("casealert.crypto.reports.keys.dev-1", String.class),
                        ConfigProvider.getConfig().getValue("casealert.crypto.alerts.keys.dev-1", String.class));
        // intake's name-hash key is not alert's: a leak of alert allows no dictionary attack on names
        assertThat(ConfigProvider.getConfig().getOptionalValue("casealert.crypto.name-hash-key", String.class)).isEmpty();
    }

    @Test
    void healthMetricsAndOpenApi() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        CaseApi.submit(events.report("hotline-metrics")
                .person(ReportEvents.Person.named("Ahn Song-il", Sex.MALE, 1979))
                .at(DetentionStage.ARRESTED, LocalDate.now(ZoneOffset.UTC), null, "Kunming", "Yunnan").build());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(given().get("/q/metrics").then()
                .statusCode(200).extract().asString()).contains("alert_case_alerts_total{", "kind=\"RAISED\"",
                        "alert_report_latency_seconds_count", "outbox_backlog"));
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertThat(openApi).contains("/api/v1/cases", "/api/v1/cases/{id}/status", "/api/v1/cases/{id}/merge",
                "/api/v1/risk-windows", "/api/v1/risk-windows/{id}");
    }
}
