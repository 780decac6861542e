package org.casealert.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.casealert.alert.escalation.CaseEscalations;
import org.casealert.devstack.credentials.DevCredentials;
import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.TestMail;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Nobody acts, so it escalates: acknowledging a case, and the escalation policy's mails when nobody does. */
@QuarkusTest
class EscalationTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String FIRST = "duty-operator@example.org";
    private static final String[] SECOND = { "coordinator-a@example.org", "coordinator-b@example.org" };

    @Inject
    ReportEvents events;
    @Inject
    MovableClock clock;
    @Inject
    CaseEscalations escalations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anImminentCaseNobodyAcknowledgesEscalatesToTheSecondListAnAcknowledgedOneDoesNot() throws Exception {
        JsonPath quiet = CaseApi.submit(atTheBorder("hotline-esc-1", "Pang Ok-hui"));
        JsonPath owned = CaseApi.submit(atTheBorder("hotline-esc-2", "Tak Chol-su"));
        assertThat(List.of(quiet.getString("level"), owned.getString("level"))).containsOnly("IMMINENT");
        String quietRef = quiet.getString("reference");
        String ownedRef = owned.getString("reference");
        given().auth().oauth2(TestTokens.advocate()).post("/api/v1/cases/" + owned.getString("id") + "/acknowledge")
                .then().statusCode(200);

        escalations.escalate();
        assertThat(mailsAbout(quietRef, FIRST)).as("not yet due").isEmpty();

        clock.advance(Duration.ofMinutes(20));
        escalations.escalate();
        escalations.escalate();
        ReceivedMail first = awaitOne(quietRef, FIRST);
        assertThat(first.subject()).contains(quietRef, "IMMINENT");
        assertThat(first.body()).contains("Level: IMMINENT", "Province: Jilin", "Crossing: TUMEN-ONSONG",
                "People: 1 (women: 1, minors: 0)", "in 5 days", "http://127.0.0.1:8082/board/")
                .doesNotContain("Pang Ok-hui", "Sunflower", quiet.getString("id"));
        assertThat(mailsAbout(quietRef, SECOND[0])).as("the second step is not due yet").isEmpty();

        clock.advance(Duration.ofHours(1));
        // two instances at once: the step's row decides which one mails
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(escalations::escalate);
        escalations.escalate();
        other.get();
        for (String coordinator : SECOND) {
            awaitOne(quietRef, coordinator);
        }
        assertThat(mailsAbout(quietRef, FIRST)).as("each step once").hasSize(1);
        assertThat(TestMail.received().stream().filter(mail -> mail.subject().contains(ownedRef)))
                .as("an acknowledged case wakes nobody").isEmpty();
        assertThat(CaseApi.get(quiet.getString("id")).getList("timeline.kind", String.class))
                .filteredOn("ESCALATION"::equals).hasSize(2);
    }

    @Test
    void oneOwnerAtATimeRecordedInTheTimelineAndShownToAdvocates() {
        String caseId = CaseApi.submit(atTheBorder("hotline-esc-3", "Ham Myong-ok")).getString("id");
        String acknowledge = "/api/v1/cases/" + caseId + "/acknowledge";
        String otherAdvocate = DevCredentials.forThisJvm().token("other-advocate@test", "advocate", Map.of());

        given().post(acknowledge).then().statusCode(401);
        given().auth().oauth2(TestTokens.hotline("hotline-esc-3")).post(acknowledge).then().statusCode(403);
        JsonPath mine = given().auth().oauth2(TestTokens.advocate()).post(acknowledge).then().statusCode(200).extract()
                .jsonPath();
        assertThat(mine.getString("acknowledgedBy")).isEqualTo("advocate@test");
        assertThat(mine.getString("acknowledgedAt")).isNotBlank();
        assertThat(mine.getList("detainees")).as("still pseudonymised for advocates").isNull();
        given().auth().oauth2(TestTokens.advocate()).post(acknowledge).then().statusCode(200);
        given().auth().oauth2(otherAdvocate).post(acknowledge).then().statusCode(409);
        given().auth().oauth2(otherAdvocate).delete(acknowledge).then().statusCode(409);

        JsonPath listed = given().auth().oauth2(otherAdvocate).queryParam("limit", 500).get("/api/v1/cases").then()
                .statusCode(200).extract().jsonPath();
        assertThat(listed.getString("items.find { it.id == '" + caseId + "' }.acknowledgedBy")).isEqualTo("advocate@test");

        JsonPath taken = given().auth().oauth2(TestTokens.operator()).post(acknowledge).then().statusCode(200).extract()
                .jsonPath();
        assertThat(taken.getString("acknowledgedBy")).isEqualTo("operator@test");
        JsonPath released = given().auth().oauth2(TestTokens.operator()).delete(acknowledge).then().statusCode(200)
                .extract().jsonPath();
        assertThat(released.getString("acknowledgedBy")).isNull();
        assertThat(released.getList("timeline.detail", String.class)).contains("acknowledged by advocate@test",
                "taken over by operator@test from advocate@test", "released by operator@test");
        given().auth().oauth2(TestTokens.operator()).delete(acknowledge).then().statusCode(409);
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/cases/no-such-case/acknowledge").then()
                .statusCode(404);
    }

    @Test
    void theMetricsCountImminentCasesNobodyAcknowledged() {
        CaseApi.submit(atTheBorder("hotline-esc-4", "Ri Sun-hui"));
        escalations.escalate();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("(?m)^alert_cases_imminent_unacknowledged(\\{[^}]*\\})? [1-9]")
                .containsPattern("(?m)^alert_cases_imminent_unacknowledged_oldest_age_seconds(\\{[^}]*\\})? ");
    }

    private DetentionReported atTheBorder(String hotline, String name) {
        return events.report(hotline).person(ReportEvents.Person.named(name, Sex.FEMALE, 1988))
                .at(DetentionStage.BORDER_FACILITY, TODAY.minusDays(2), "Sunflower border detention house", "Tumen",
                        "Jilin")
                .build();
    }

    private static List<ReceivedMail> mailsAbout(String reference, String address) {
        // the server keeps a copy per recipient: one message is one id
        return List.copyOf(TestMail.received().stream().filter(mail -> mail.to().contains(address))
                .filter(mail -> mail.subject().contains(reference))
                .collect(Collectors.toMap(ReceivedMail::messageId, mail -> mail, (one, copy) -> one, LinkedHashMap::new))
                .values());
    }

    private static ReceivedMail awaitOne(String reference, String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsAbout(reference, address).isEmpty());
        assertThat(mailsAbout(reference, address)).as("mail to %s about %s", address, reference).hasSize(1);
        return mailsAbout(reference, address).get(0);
    }
}
