package org.casealert.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.casealert.alert.cases.CaseReviews;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.Level;
import org.casealert.events.Sex;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Time passes without news: the clock runs down, IMMINENT cases are reminded of, risk windows open and
 * close, and a corridor fills up with border cases. The scheduler is off in tests; the tests move the
 * service's clock and run what it would run.
 */
@QuarkusTest
class ClockTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    MovableClock clock;
    @Inject
    CaseReviews cases;

    @Inject
    ReportEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
        // cases decided in the test's future are decided again now, as they would be after a clock correction
        cases.runClock();
    }

    @Test
    void aCaseInLocalCustodyBecomesImminentWhenItsClockRunsDownWithOneAlert() {
        DetentionReported report = events.report("hotline-clock-1")
                .person(ReportEvents.Person.named("Mun Chol-ho", Sex.MALE, 1977))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY.minusDays(5), "Kunming PSB", "Kunming", "Yunnan").build();
        JsonPath opened = CaseApi.submit(report);
        String caseId = opened.getString("id");
        assertThat(opened.getString("level")).isEqualTo("URGENT");
        assertThat(opened.getString("deadline")).isEqualTo(TODAY.plusDays(9).toString());

        clock.advance(Duration.ofDays(5));
        cases.runClock();
        assertThat(CaseApi.get(caseId).getString("level")).as("four days left: still URGENT").isEqualTo("URGENT");

        clock.advance(Duration.ofDays(2));
        cases.runClock();
        cases.runClock(); // a second tick with nothing new must not alert again

        JsonPath escalated = CaseApi.get(caseId);
        assertThat(escalated.getString("level")).isEqualTo("IMMINENT");
        assertThat(escalated.getList("reasons.code", String.class)).contains("LOCAL_CUSTODY", "DEADLINE");
        assertThat(escalated.getString("deadline")).isEqualTo(TODAY.plusDays(9).toString());
        assertThat(escalated.getList("timeline.detail", String.class)).contains("URGENT → IMMINENT");

        List<CaseAlert> alerts = awaitSettled(caseId, 2);
        assertThat(alerts).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED, AlertKind.ESCALATED);
        assertThat(alerts.get(1).previousLevel()).isEqualTo(Level.URGENT);
        assertThat(alerts.get(1).caseSummary().level()).isEqualTo(Level.IMMINENT);
    }

    @Test
    void anImminentCaseWithoutNewsIsRemindedOfEveryDayAndNotMoreOften() {
        DetentionReported report = events.report("hotline-clock-2")
                .person(ReportEvents.Person.named("Song Hye-rim", Sex.FEMALE, 1993))
                .at(DetentionStage.TRANSFER_SCHEDULED, TODAY, null, "Kunming", "Yunnan")
                .transferExpectedOn(TODAY.plusDays(10)).build();
        String caseId = CaseApi.submit(report).getString("id");

        cases.sendReminders();
        clock.advance(Duration.ofHours(23));
        cases.sendReminders();
        assertThat(awaitSettled(caseId, 1)).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED);

        clock.advance(Duration.ofHours(2));
        cases.sendReminders();
        cases.sendReminders();
        assertThat(awaitSettled(caseId, 2)).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED,
                AlertKind.REMINDER);

        clock.advance(Duration.ofHours(25));
        cases.sendReminders();
        List<CaseAlert> alerts = awaitSettled(caseId, 3);
        assertThat(alerts).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED, AlertKind.REMINDER,
                AlertKind.REMINDER);
        assertThat(alerts.get(2).caseSummary().level()).isEqualTo(Level.IMMINENT);
    }

    @Test
    void aCaseInProlongedDetentionIsRemindedOfWeekly() {
        String caseId = CaseApi.submit(events.report("hotline-clock-6")
                .person(ReportEvents.Person.named("Kil Myong-ok", Sex.FEMALE, 1972))
                .at(DetentionStage.BORDER_FACILITY, TODAY.minusDays(45), "Tumen Border Detention Center", "Tumen",
                        "Jilin")
                .build()).getString("id");
        assertThat(CaseApi.get(caseId).getBoolean("prolonged")).isTrue();

        clock.advance(Duration.ofDays(3));
        cases.sendReminders();
        assertThat(awaitSettled(caseId, 1)).extracting(CaseAlert::kind).as("three quiet days: no reminder yet")
                .containsExactly(AlertKind.RAISED);

        clock.advance(Duration.ofDays(5));
        cases.sendReminders();
        cases.sendReminders();
        assertThat(awaitSettled(caseId, 2)).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED,
                AlertKind.REMINDER);
    }

    @Test
    void anUrgentCaseIsNeverRemindedOf() {
        String caseId = CaseApi.submit(events.report("hotline-clock-3")
                .person(ReportEvents.Person.named("Paek Yong-su", Sex.MALE, 1966))
                .at(DetentionStage.ARRESTED, TODAY, null, "Kunming", "Yunnan").build()).getString("id");

        clock.advance(Duration.ofHours(30));
        cases.sendReminders();

        assertThat(awaitSettled(caseId, 1)).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED);
    }

    @Test
    void aRiskWindowRaisesOpenCasesInItsProvincesWhileActive() {
        String inside = CaseApi.submit(events.report("hotline-clock-4")
                .person(ReportEvents.Person.named("Cha Kyong-hui", Sex.FEMALE, 1986))
                .at(DetentionStage.UNKNOWN, null, null, "Mudanjiang", "Heilongjiang").build()).getString("id");
        String outside = CaseApi.submit(events.report("hotline-clock-4")
                .person(ReportEvents.Person.named("Ok Chun-hwa", Sex.FEMALE, 1984))
                .at(DetentionStage.UNKNOWN, null, null, "Hohhot", "Inner Mongolia").build()).getString("id");
        assertThat(CaseApi.get(inside).getString("level")).isEqualTo("WATCH");

        Instant now = Instant.now();
        String location = given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("name", "Days after a Xi–Kim summit", "provinces", List.of("Heilongjiang", "Jilin"),
                        "startsAt", now.minus(Duration.ofHours(1)).toString(),
                        "endsAt", now.plus(Duration.ofDays(10)).toString()))
                .post("/api/v1/risk-windows").then().statusCode(201).extract().header("Location");
        String windowId = location.substring(location.lastIndexOf('/') + 1);
        try {
            JsonPath raised = CaseApi.get(inside);
            assertThat(raised.getString("level")).isEqualTo("URGENT");
            assertThat(raised.getList("reasons.code", String.class)).contains("RISK_WINDOW");
            assertThat(raised.getString("reasons.find { it.code == 'RISK_WINDOW' }.text")).contains("Xi–Kim summit");
            assertThat(CaseApi.get(outside).getString("level")).isEqualTo("WATCH");
            assertThat(given().auth().oauth2(TestTokens.advocate()).get("/api/v1/risk-windows").then().statusCode(200)
                    .extract().jsonPath().getList("id", String.class)).contains(windowId);

            clock.advance(Duration.ofDays(11));
            cases.runClock();
            assertThat(CaseApi.get(inside).getString("level")).as("the window has closed").isEqualTo("WATCH");
            clock.reset();
            cases.runClock();
            assertThat(CaseApi.get(inside).getString("level")).isEqualTo("URGENT");
        } finally {
            given().auth().oauth2(TestTokens.operator()).delete("/api/v1/risk-windows/" + windowId).then()
                    .statusCode(204);
        }
        assertThat(CaseApi.get(inside).getString("level")).isEqualTo("WATCH");
        assertThat(awaitSettled(inside, 5)).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED,
                AlertKind.ESCALATED, AlertKind.DEESCALATED, AlertKind.ESCALATED, AlertKind.DEESCALATED);
        assertThat(awaitSettled(outside, 1)).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED);
    }

    @Test
    void riskWindowsAreForOperatorsAndMustMakeSense() {
        Map<String, Object> window = Map.of("name", "APEC week", "provinces", List.of("Liaoning"), "startsAt",
                "2026-12-10T00:00:00Z", "endsAt", "2026-12-03T00:00:00Z");
        given().auth().oauth2(TestTokens.advocate()).contentType(ContentType.JSON).body(window)
                .post("/api/v1/risk-windows").then().statusCode(403);
        given().contentType(ContentType.JSON).body(window).post("/api/v1/risk-windows").then().statusCode(401);
        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(window)
                .post("/api/v1/risk-windows").then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", Matchers.is("endsAt"));
        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("name", "no provinces", "provinces", List.of(), "startsAt", "2026-12-01T00:00:00Z",
                        "endsAt", "2026-12-03T00:00:00Z"))
                .post("/api/v1/risk-windows").then().statusCode(422);
        given().auth().oauth2(TestTokens.operator()).delete("/api/v1/risk-windows/no-such-window").then()
                .statusCode(404);
    }

    @Test
    void threeBorderCasesInACorridorMakeItsCustodyCasesImminent() {
        String custody = CaseApi.submit(events.report("hotline-clock-5")
                .person(ReportEvents.Person.named("Tak Yong-il", Sex.MALE, 1990))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY.minusDays(1), "Hunchun PSB", "Hunchun", "Jilin").build())
                .getString("id");
        assertThat(CaseApi.get(custody).getString("level")).isEqualTo("URGENT");

        String[] names = { "Chu Myong-sil", "Kwak Song-chol", "Ryang Kum-ok" };
        List<String> borderCases = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            JsonPath border = CaseApi.submit(events.report("hotline-clock-6")
                    .person(ReportEvents.Person.named(names[i], Sex.FEMALE, 1980 + i))
                    .at(DetentionStage.BORDER_FACILITY, TODAY.minusDays(2), "Hunchun Border Detention Center",
                            "Hunchun", "Jilin")
                    .build());
            assertThat(border.getString("corridor")).isEqualTo("HUNCHUN-KYONGWON");
            borderCases.add(border.getString("id"));
            assertThat(CaseApi.get(custody).getString("level")).as("after %d border cases", i + 1)
                    .isEqualTo(i < 2 ? "URGENT" : "IMMINENT");
        }

        JsonPath batched = CaseApi.get(custody);
        assertThat(batched.getList("reasons.code", String.class)).contains("CORRIDOR_BATCH");
        List<CaseAlert> alerts = awaitSettled(custody, 2);
        assertThat(alerts).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED, AlertKind.ESCALATED);

        clock.advance(Duration.ofDays(60));
        cases.runClock();
        assertThat(CaseApi.get(custody).getList("reasons.code", String.class))
                .as("people held at the border for months are returned in batches: they still count")
                .contains("CORRIDOR_BATCH");
        assertThat(CaseApi.get(borderCases.get(0)).getInt("batch.cases")).isEqualTo(3);

        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("status", "SAFE", "note", "Reached a safe house"))
                .post("/api/v1/cases/" + borderCases.get(0) + "/status").then().statusCode(200);
        cases.runClock();
        assertThat(CaseApi.get(custody).getList("reasons.code", String.class))
                .as("a case that is no longer held at the border stops counting").doesNotContain("CORRIDOR_BATCH");
    }

    /** The case's alerts once no more are coming: the count expected, and still that count a little later. */
    static List<CaseAlert> awaitSettled(String caseId, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> AlertTopic.alertsFor(caseId).size() >= count);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> AlertTopic.alertsFor(caseId).size() == count);
        return AlertTopic.alertsFor(caseId);
    }
}
