package org.casealert.alert;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.CaseParticulars;
import org.casealert.events.Consent;
import org.casealert.events.ConsentAnswer;
import org.casealert.events.ConsentGiver;
import org.casealert.events.DetentionStage;
import org.casealert.events.EventCodec;
import org.casealert.events.PersonConsent;
import org.casealert.events.Sex;
import org.casealert.events.SourceKind;
import org.casealert.events.crypto.Crypto;
import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.SealContext;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent per person and per kind of recipient: the family's "no" beats a broker's "yes", an operator
 * records consent and its revocation, and the appeal summary replaces raw material; each change reaches
 * notify as an AMENDED alert with the consent and summary as they then stand.
 */
@QuarkusTest
class ConsentTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String NARRATIVE = "the broker Chang at the Yanji safe house called us";

    @Inject
    ReportEvents events;
    @Inject
    Crypto crypto;

    @Test
    void aFamilysNoBeatsABrokersYesAndAnOperatorsRevocationReachesNotifyAsAmended() {
        String caseId = CaseApi.submit(events.report("hotline-consent-1")
                .person(ReportEvents.Person.named("Hong Son-mi", Sex.FEMALE, 1987))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY, "Yanji PSB", "Yanji", "Jilin")
                .consent(new Consent(true, true, true, false, ConsentGiver.FAMILY)).build()).getString("id");
        CaseApi.submit(events.report("hotline-consent-2").from(SourceKind.BROKER)
                .person(ReportEvents.Person.named("Hong Son-mi", Sex.FEMALE, 1987))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY, "Yanji PSB", "Yanji", "Jilin")
                .consent(new Consent(true, true, true, true, null)).build());
        assertThat(particularsOf(lastAlert(caseId, 1)).detainees().get(0).consentOrNone().publicAdvocacy().answer())
                .as("a broker cannot consent for the family").isEqualTo(ConsentAnswer.REFUSED);

        JsonPath recorded = operator().body(Map.of("givenBy", "FAMILY", "appealsToUnhcr", false))
                .post("/api/v1/cases/" + caseId + "/consent").then().statusCode(200).extract().jsonPath();
        assertThat(recorded.getString("[0].consent.unhcr.answer")).isEqualTo("REFUSED");
        assertThat(recorded.getString("[0].consent.un.answer")).isEqualTo("GRANTED");

        CaseAlert amended = lastAlert(caseId, 2);
        assertThat(amended.kind()).isEqualTo(AlertKind.AMENDED);
        PersonConsent consent = particularsOf(amended).detainees().get(0).consentOrNone();
        assertThat(consent.unhcr().answer()).isEqualTo(ConsentAnswer.REFUSED);
        assertThat(consent.unhcr().givenBy()).isEqualTo(ConsentGiver.FAMILY);
        assertThat(consent.un().answer()).isEqualTo(ConsentAnswer.GRANTED);
        assertThat(amended.consent().appealsToUnhcr()).isFalse();

        operator().body(Map.of("givenBy", "FAMILY")).post("/api/v1/cases/" + caseId + "/consent").then()
                .statusCode(422);
        operator().body(Map.of("givenBy", "BROKER", "appealsToUn", true)).post("/api/v1/cases/" + caseId + "/consent")
                .then().statusCode(422);
        operator().body(Map.of("givenBy", "FAMILY", "appealsToUn", true, "personIds", List.of(-1)))
                .post("/api/v1/cases/" + caseId + "/consent").then().statusCode(422);
        given().auth().oauth2(TestTokens.advocate()).get("/api/v1/cases/" + caseId + "/consent").then().statusCode(403);
    }

    @Test
    void theAppealSummaryTravelsSealedInPlaceOfTheNarrative() {
        String caseId = CaseApi.submit(events.report("hotline-consent-3")
                .person(ReportEvents.Person.named("Paek Un-ha", Sex.FEMALE, 1995))
                .at(DetentionStage.BORDER_FACILITY, TODAY, "Changbai Border Detention Center", "Changbai", "Jilin")
                .narrative(NARRATIVE).build()).getString("id");
        String summary = "Ms Paek, 31, has been held at the Changbai border facility since " + TODAY + ".";

        operator().body(Map.of("text", summary)).put("/api/v1/cases/" + caseId + "/appeal-summary").then()
                .statusCode(204);

        CaseAlert amended = lastAlert(caseId, 2);
        assertThat(amended.kind()).isEqualTo(AlertKind.AMENDED);
        CaseParticulars particulars = particularsOf(amended);
        assertThat(particulars.appealSummary()).isEqualTo(summary);
        assertThat(EventCodec.write(particulars)).doesNotContain(NARRATIVE);
        assertThat(EventCodec.write(amended)).doesNotContain("Changbai border facility since");
        operator().body(Map.of("text", " ")).put("/api/v1/cases/" + caseId + "/appeal-summary").then().statusCode(422);
        given().auth().oauth2(TestTokens.advocate()).contentType(ContentType.JSON).body(Map.of("text", summary))
                .put("/api/v1/cases/" + caseId + "/appeal-summary").then().statusCode(403);
    }

    private CaseParticulars particularsOf(CaseAlert alert) {
        return EventCodec.read(crypto.ring(Hop.ALERTS).open(alert.sealedParticulars(),
                SealContext.caseParticulars(alert.eventId().toString())), CaseParticulars.class);
    }

    private static CaseAlert lastAlert(String caseId, int count) {
        List<CaseAlert> alerts = ClockTests.awaitSettled(caseId, count);
        return alerts.get(alerts.size() - 1);
    }

    private static RequestSpecification operator() {
        return given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON);
    }
}
