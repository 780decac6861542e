package org.casealert.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import org.casealert.alert.cases.CaseReviews;
import org.casealert.alert.cases.ReportApplier;
import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.CorridorBatch;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.EventCodec;
import org.casealert.events.Sex;
import org.casealert.events.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A corridor's batch is state of its own: it forms once, when enough cases are held at the border, ends
 * when too few are held there any more (however long they have been held), and in between a report costs the same whatever the
 * number
 * of cases in its corridor. Each test has a corridor of its own (made-up places, test profile).
 */
@QuarkusTest
class CorridorBatchTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    ReportApplier applier;
    @Inject
    CaseReviews reviews;
    @Inject
    MovableClock clock;
    @Inject
    ReportEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
        // cases decided in the test's future are decided again now, as they would be after a clock correction
        reviews.runClock();
    }

    @Test
    void aBatchFormsOnceAndEveryCaseOfTheCorridorHearsOfItOnce() {
        String custody = applier.apply(events.report("hotline-batch-1")
                .person(ReportEvents.Person.named("Ri Hyon-suk", Sex.FEMALE, 1985))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY, "Formationville PSB", "Formationville", "Jilin").build());
        String first = applier.apply(border("hotline-batch-2", "Kim Ok-sun", Sex.FEMALE, 1990, "Formationville"));
        String second = applier.apply(border("hotline-batch-3", "Pak Myong-chol", Sex.MALE, 2010, "Formationville"));
        assertThat(lastAlert(custody, 1).caseSummary().batch()).as("two border cases are no batch yet").isNull();

        String third = applier.apply(border("hotline-batch-4", "Jon Kum-hui", Sex.FEMALE, 1979, "Formationville"));

        CaseAlert escalated = lastAlert(custody, 2);
        assertThat(escalated.kind()).isEqualTo(AlertKind.ESCALATED);
        assertThat(escalated.caseSummary().reasons()).extracting(reason -> reason.code()).contains("CORRIDOR_BATCH");
        CorridorBatch batch = escalated.caseSummary().batch();
        assertThat(batch.corridor()).isEqualTo("TEST-FORMATION");
        assertThat(batch.cases()).isEqualTo(3);
        assertThat(batch.people()).isEqualTo(3);
        assertThat(batch.women()).isEqualTo(2);
        assertThat(batch.minors()).isEqualTo(1);
        assertThat(batch.earliestDeadline()).isEqualTo(TODAY.minusDays(1).plusDays(7));
        for (String border : List.of(first, second)) {
            assertThat(ClockTests.awaitSettled(border, 2)).extracting(CaseAlert::kind)
                    .as("an earlier border case joins the batch: one UPDATED").containsExactly(AlertKind.RAISED,
                            AlertKind.UPDATED);
            assertThat(lastAlert(border, 2).caseSummary().batch().id()).isEqualTo(batch.id());
        }
        assertThat(ClockTests.awaitSettled(third, 1).get(0).caseSummary().batch().id()).isEqualTo(batch.id());

        String fourth = applier.apply(border("hotline-batch-5", "Han Song-il", Sex.MALE, 1968, "Formationville"));
        CaseAlert joined = ClockTests.awaitSettled(fourth, 1).get(0);
        assertThat(joined.caseSummary().batch().id()).as("the same batch, grown").isEqualTo(batch.id());
        assertThat(joined.caseSummary().batch().cases()).isEqualTo(4);
        for (String earlier : List.of(custody, first, second, third)) {
            assertThat(ClockTests.awaitSettled(earlier, earlier.equals(third) ? 1 : 2))
                    .as("a batch that grows decides nobody else again").isNotEmpty();
        }
    }

    @Test
    void aReportCostsTheSameStatementsWithFiveOrSixtyCasesInItsCorridor() {
        for (int i = 0; i < 5; i++) {
            applier.apply(border("hotline-few-" + i, "Few Person " + i, Sex.MALE, 1970 + i, "Fewville"));
        }
        for (int i = 0; i < 60; i++) {
            applier.apply(border("hotline-many-" + i, "Many Person " + i, Sex.FEMALE, 1940 + i, "Manyville"));
        }
        DetentionReported intoFew = border("hotline-few-x", "Few Newcomer", Sex.MALE, 1999, "Fewville");
        DetentionReported intoMany = border("hotline-many-x", "Many Newcomer", Sex.MALE, 1999, "Manyville");

        StatementCounter.reset();
        applier.apply(intoFew);
        int withFive = StatementCounter.count();
        StatementCounter.reset();
        applier.apply(intoMany);
        int withSixty = StatementCounter.count();

        assertThat(withFive).as("statements for a report with 5 cases in the corridor").isPositive();
        assertThat(withSixty).as("statements for a report with 60 cases in the corridor").isEqualTo(withFive);
    }

    @Test
    void aBatchEndsWhenItsCasesLeaveTheBorderAndItsCasesHearOfItOnce() {
        String custody = applier.apply(events.report("hotline-expiry-1")
                .person(ReportEvents.Person.named("Yun Chol-su", Sex.MALE, 1975))
                .at(DetentionStage.ARRESTED, TODAY, "Expiryville PSB", "Expiryville", "Jilin").build());
        List<String> border = List.of(
                applier.apply(border("hotline-expiry-2", "Kang Mi-ran", Sex.FEMALE, 1991, "Expiryville")),
                applier.apply(border("hotline-expiry-3", "So Yong-nam", Sex.MALE, 1983, "Expiryville")),
                applier.apply(border("hotline-expiry-4", "Cha Un-hui", Sex.FEMALE, 1996, "Expiryville")));
        String batchId = lastAlert(custody, 2).caseSummary().batch().id();

        String released = applier.apply(events.report("hotline-expiry-5")
                .person(ReportEvents.Person.named("Kang Mi-ran", Sex.FEMALE, 1991))
                .at(DetentionStage.RELEASED, TODAY, null, "Expiryville", "Jilin").build());
        assertThat(released).isEqualTo(border.get(0));
        reviews.runClock(); // nothing new: nothing more

        assertThat(lastAlert(border.get(0), 3).kind()).isEqualTo(AlertKind.RESOLVED);
        for (String caseId : border.subList(1, 3)) {
            List<CaseAlert> alerts = ClockTests.awaitSettled(caseId, caseId.equals(border.get(2)) ? 2 : 3);
            CaseAlert last = alerts.get(alerts.size() - 1);
            assertThat(last.kind()).isEqualTo(AlertKind.UPDATED);
            assertThat(last.caseSummary().batch()).as("the batch %s ended", batchId).isNull();
        }
        assertThat(lastAlert(custody, 3).caseSummary().reasons()).extracting(reason -> reason.code())
                .doesNotContain("CORRIDOR_BATCH");
    }

    @Test
    void aPoisonReportGoesToTheDeadLettersAndTheRestOfItsBatchIsApplied() {
        DetentionReported good = border("hotline-poison-1", "Ok Chun-hwa", Sex.FEMALE, 1993, "Fewville");
        DetentionReported built = events.report("hotline-poison-2")
                .person(ReportEvents.Person.named("Ma Yong-ho", Sex.MALE, 1981))
                .at(DetentionStage.ARRESTED, TODAY, null, "Fewville", "Jilin").build();
        // a well-formed event no case can take: two detainees under one index
        DetentionReported poison = DetentionReported.of(built.eventId(), built.occurredAt(), built.reportId(),
                built.hotlineId(), null, built.receivedAt(), built.observedAt(), built.source(),
                List.of(built.detainees().get(0), built.detainees().get(0)), built.detention(), built.riskFactors(),
                built.consent(), built.sealedNarrative());
        DetentionReported after = border("hotline-poison-3", "Ra Sun-ok", Sex.FEMALE, 1988, "Fewville");
        TestTopics.send(Topics.DETENTION_REPORTS, "poison", EventCodec.write(poison));
        assertThat(CaseApi.submit(good).getString("corridor")).isEqualTo("TEST-FEW");
        assertThat(CaseApi.submit(after).getString("corridor")).isEqualTo("TEST-FEW");
        await().atMost(Duration.ofSeconds(30)).until(() -> TestTopics.readAll(Topics.DETENTION_REPORTS + ".dlq")
                .stream().anyMatch(record -> "poison".equals(record.key())));
    }

    private DetentionReported border(String hotline, String name, Sex sex, int born, String place) {
        return events.report(hotline).person(ReportEvents.Person.named(name, sex, born))
                .at(DetentionStage.BORDER_FACILITY, TODAY.minusDays(1), place + " Border Detention Center", place, "Jilin")
                .build();
    }

    private static CaseAlert lastAlert(String caseId, int count) {
        List<CaseAlert> alerts = ClockTests.awaitSettled(caseId, count);
        return alerts.get(alerts.size() - 1);
    }
}
