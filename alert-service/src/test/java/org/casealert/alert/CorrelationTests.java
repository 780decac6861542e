package org.casealert.alert;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
import org.casealert.events.SourceKind;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports about the same people become one case, whoever calls and however the names are spelt;
 * namesakes whose facts conflict stay apart and are shown to operators. Places here have no corridor,
 * or one without border cases, so that no batch changes the levels under test.
 */
@QuarkusTest
class CorrelationTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    ReportEvents events;

    @Test
    void twoHotlinesRelayingBrokersAreOneSourceAndAFamilyCorroborates() {
        ReportEvents.Person person = ReportEvents.Person.named("Kye Sun-hui", Sex.FEMALE, 1992);
        String caseId = CaseApi.submit(events.report("hotline-relay-1").from(SourceKind.BROKER).person(person)
                .at(DetentionStage.ARRESTED, TODAY, null, "Kunming", "Yunnan").build()).getString("id");
        JsonPath relayed = CaseApi.submit(events.report("hotline-relay-2").from(SourceKind.BROKER).person(person)
                .at(DetentionStage.ARRESTED, TODAY, null, "Kunming", "Yunnan").build());
        assertThat(relayed.getString("id")).isEqualTo(caseId);
        assertThat(relayed.getString("confidence")).as("two hotlines relaying brokers").isEqualTo("SINGLE_SOURCE");

        JsonPath corroborated = CaseApi.submit(events.report("hotline-relay-3").person(person)
                .at(DetentionStage.ARRESTED, TODAY, null, "Kunming", "Yunnan").build());
        assertThat(corroborated.getString("confidence")).as("and the family").isEqualTo("CORROBORATED");
    }

    @Test
    void reportsPassedOnUnderOneExternalReferenceAreOneSource() {
        ReportEvents.Person person = ReportEvents.Person.named("Pyon Hye-ryon", Sex.FEMALE, 1994);
        String caseId = CaseApi.submit(events.report("hotline-chain-1").externalRef("HL-2026-0913").person(person)
                .at(DetentionStage.ARRESTED, TODAY, null, "Kunming", "Yunnan").build()).getString("id");
        JsonPath passedOn = CaseApi.submit(events.report("hotline-chain-2").externalRef("HL-2026-0913")
                .person(person).at(DetentionStage.ARRESTED, TODAY, null, "Kunming", "Yunnan").build());
        assertThat(passedOn.getString("id")).isEqualTo(caseId);
        assertThat(passedOn.getString("confidence")).as("a second hotline passing on the first one's report")
                .isEqualTo("SINGLE_SOURCE");
        JsonPath chained = CaseApi.submit(events.report("hotline-chain-3").externalRef("hl-2026-0913 ")
                .person(person).at(DetentionStage.ARRESTED, TODAY, null, "Kunming", "Yunnan").build());
        assertThat(chained.getString("confidence")).as("and a third, down the same chain").isEqualTo("SINGLE_SOURCE");

        JsonPath corroborated = CaseApi.submit(events.report("hotline-chain-4").externalRef("OTHER-7")
                .person(person).at(DetentionStage.ARRESTED, TODAY, null, "Kunming", "Yunnan").build());
        assertThat(corroborated.getString("confidence")).as("a hotline's own source").isEqualTo("CORROBORATED");
    }

    @Test
    void fourHotlinesFiveSpellingsTwoScriptsOneCase() {
        String caseId = CaseApi.submit(custody("hotline-corr-a", "Kim Cheol-su", 1988, "Hoeryong")).getString("id");

        for (String[] call : new String[][] { { "hotline-corr-b", "KIM CHOL SU" }, { "hotline-corr-c", "Kim Ch'ŏl-su" },
                { "hotline-corr-d", "Gim Cheolsu" }, { "hotline-corr-b", "김철수" } }) {
            DetentionReported report = custody(call[0], call[1], 1989, null);
            assertThat(CaseApi.submit(report).getString("id")).as(call[1]).isEqualTo(caseId);
        }

        JsonPath found = CaseApi.get(caseId);
        assertThat(found.getList("reportIds")).hasSize(5);
        assertThat(found.getList("detainees")).as("one person, five mentions").hasSize(1);
        assertThat(found.getString("confidence")).isEqualTo("CORROBORATED");
        assertThat(found.getList("timeline.kind", String.class)).filteredOn("REPORT"::equals).hasSize(5);
        assertThat(AlertTopic.alertsFor(caseId)).as("the same facts again raise no alert").extracting(CaseAlert::kind)
                .containsExactly(AlertKind.RAISED);
    }

    @Test
    void oneHotlineCallingTwiceIsStillASingleSource() {
        String caseId = CaseApi.submit(custody("hotline-corr-e", "Pak Yong-nam", 1969, null)).getString("id");
        assertThat(CaseApi.submit(custody("hotline-corr-e", "Park Yongnam", 1969, null)).getString("id"))
                .isEqualTo(caseId);

        assertThat(CaseApi.get(caseId).getString("confidence")).isEqualTo("SINGLE_SOURCE");
    }

    @Test
    void theSameNameBornTenYearsApartIsAPossibleMatchNotAMerge() {
        String first = CaseApi.submit(custody("hotline-corr-f", "Ri Kwang-chol", 1972, null)).getString("id");

        JsonPath second = CaseApi.submit(custody("hotline-corr-g", "Lee Kwangcheol", 1982, null));

        assertThat(second.getString("id")).isNotEqualTo(first);
        assertThat(second.getString("confidence")).isEqualTo("SINGLE_SOURCE");
        assertThat(second.getList("possibleMatches.caseId", String.class)).containsExactly(first);
        assertThat(second.getString("possibleMatches[0].detail")).contains("1972", "1982");
        assertThat(CaseApi.get(first).getList("reportIds")).hasSize(1);
    }

    @Test
    void aDifferentSexOrHometownOrProvinceIsAConflictToo() {
        String first = CaseApi.submit(events.report("hotline-corr-h")
                .person(ReportEvents.Person.named("Jang Myong-ok", Sex.FEMALE, 1995).from("Musan"))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY, null, "Kunming", "Yunnan").build()).getString("id");

        DetentionReported otherSex = events.report("hotline-corr-i")
                .person(ReportEvents.Person.named("Chang Myongok", Sex.MALE, 1995))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY, null, "Kunming", "Yunnan").build();
        DetentionReported otherHometown = events.report("hotline-corr-i")
                .person(ReportEvents.Person.named("Jang Myong-ok", Sex.FEMALE, 1995).from("Chongjin"))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY, null, "Kunming", "Yunnan").build();
        DetentionReported otherProvince = events.report("hotline-corr-i")
                .person(ReportEvents.Person.named("Jang Myong-ok", Sex.FEMALE, 1995))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY, null, "Jinan", "Shandong").build();

        for (DetentionReported report : List.of(otherSex, otherHometown, otherProvince)) {
            JsonPath found = CaseApi.submit(report);
            assertThat(found.getString("id")).isNotEqualTo(first);
            assertThat(found.getList("possibleMatches.caseId", String.class)).contains(first);
        }
        assertThat(CaseApi.get(first).getList("reportIds")).hasSize(1);
    }

    @Test
    void unknownFactsDoNotConflict() {
        String first = CaseApi.submit(events.report("hotline-corr-j")
                .person(ReportEvents.Person.named("Yun Song-mi", Sex.FEMALE, 2001).from("Hyesan"))
                .at(DetentionStage.ARRESTED, TODAY, null, "Kunming", "Yunnan").build()).getString("id");

        DetentionReported vague = events.report("hotline-corr-k")
                .person(ReportEvents.Person.named("Yoon Songmi", Sex.UNKNOWN, null))
                .at(DetentionStage.UNKNOWN, null, null, null, null).build();

        JsonPath found = CaseApi.submit(vague);
        assertThat(found.getString("id")).isEqualTo(first);
        assertThat(found.getString("confidence")).isEqualTo("CORROBORATED");
        assertThat(found.getString("stage")).as("an unknown stage does not overwrite a known one").isEqualTo("ARRESTED");
    }

    @Test
    void unnamedPeopleNeverMatchByName() {
        DetentionReported first = events.report("hotline-corr-l").person(ReportEvents.Person.unnamed(Sex.FEMALE, 1990))
                .at(DetentionStage.ARRESTED, TODAY, null, "Kunming", "Yunnan").build();
        DetentionReported second = events.report("hotline-corr-m").person(ReportEvents.Person.unnamed(Sex.FEMALE, 1990))
                .at(DetentionStage.ARRESTED, TODAY, null, "Kunming", "Yunnan").build();

        String firstCase = CaseApi.submit(first).getString("id");
        JsonPath secondCase = CaseApi.submit(second);

        assertThat(secondCase.getString("id")).isNotEqualTo(firstCase);
        assertThat(secondCase.getList("possibleMatches")).isNullOrEmpty();
    }

    @Test
    void aReportNamingSomeoneKnownAndSomeoneNewJoinsTheCaseAndSaysSo() {
        DetentionReported first = events.report("hotline-corr-n")
                .person(ReportEvents.Person.named("Hong Chol-jin", Sex.MALE, 1980))
                .person(ReportEvents.Person.named("Hong Un-ha", Sex.FEMALE, 2010))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY.minusDays(1), "Shenyang Detention Center", "Shenyang",
                        "Liaoning")
                .build();
        String caseId = CaseApi.submit(first).getString("id");

        DetentionReported more = events.report("hotline-corr-o")
                .person(ReportEvents.Person.named("홍은하", Sex.FEMALE, 2010))
                .person(ReportEvents.Person.named("Kye Sun-ok", Sex.FEMALE, 1983))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY.minusDays(1), "Shenyang Detention Center", "Shenyang",
                        "Liaoning")
                .build();
        JsonPath found = CaseApi.submit(more);

        assertThat(found.getString("id")).isEqualTo(caseId);
        assertThat(found.getList("detainees.name", String.class)).containsExactlyInAnyOrder("Hong Chol-jin",
                "Hong Un-ha", "Kye Sun-ok");
        assertThat(found.getInt("minors")).isEqualTo(1);
        assertThat(found.getString("confidence")).isEqualTo("CORROBORATED");
        List<CaseAlert> alerts = CaseFlowTests.awaitAlerts(caseId, 2);
        assertThat(alerts).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED, AlertKind.UPDATED);
        assertThat(alerts.get(1).caseSummary().detaineeCount()).isEqualTo(3);
    }

    private DetentionReported custody(String hotline, String name, Integer born, String hometown) {
        ReportEvents.Person person = ReportEvents.Person.named(name, Sex.MALE, born);
        return events.report(hotline).person(hometown == null ? person : person.from(hometown))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY.minusDays(3), null, "Kunming", "Yunnan").build();
    }
}
