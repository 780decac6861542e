package org.casealert.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.casealert.alert.cases.ReportApplier;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
import org.casealert.events.Topics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Whatever the broker delivers again, and however many instances apply reports at once, cases stay right. */
@QuarkusTest
class ReplayTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    ReportApplier cases;

    @Inject
    ReportEvents events;

    @Test
    void replayingTheWholeTopicFromTheStartMakesNoNewCaseAndNoNewAlert() {
        CaseApi.submit(events.report("hotline-replay-1").person(ReportEvents.Person.named("Ko Yong-hui", Sex.FEMALE, 1989))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY.minusDays(2), null, "Yanji", "Jilin").build());
        CaseApi.submit(events.report("hotline-replay-2").person(ReportEvents.Person.named("Ko Yonghui", Sex.FEMALE, 1989))
                .person(ReportEvents.Person.named("Ko Chol", Sex.MALE, 2012))
                .at(DetentionStage.BORDER_FACILITY, TODAY.minusDays(1), "Tumen Border Detention Center", "Tumen", "Jilin")
                .build());
        CaseApi.submit(events.report("hotline-replay-3").person(ReportEvents.Person.unnamed(Sex.MALE, null))
                .at(DetentionStage.UNKNOWN, null, null, null, "Yunnan").build());

        Set<String> casesBefore = allCaseIds();
        List<TestTopics.RawRecord> alertsBefore = settledTopic(Topics.CASE_ALERTS, -1);
        List<TestTopics.RawRecord> reports = TestTopics.readAll(Topics.DETENTION_REPORTS);
        assertThat(reports).hasSizeGreaterThanOrEqualTo(3);

        TestTopics.sendAgain(Topics.DETENTION_REPORTS, reports);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> TestTopics.lag(Topics.DETENTION_REPORTS, "alert-service") == 0);
        assertThat(allCaseIds()).isEqualTo(casesBefore);
        assertThat(settledTopic(Topics.CASE_ALERTS, alertsBefore.size())).hasSameSizeAs(alertsBefore);
    }

    @Test
    void eightInstancesApplyingReportsAboutTheSamePersonAtOnceMakeOneCase() throws Exception {
        List<DetentionReported> reports = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reports.add(events.report("hotline-concurrent-" + i)
                    .person(ReportEvents.Person.named(i % 2 == 0 ? "O Song-ae" : "Oh Seongae", Sex.FEMALE, 1998))
                    .at(DetentionStage.ARRESTED, TODAY, null, "Kunming", "Yunnan").build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(reports.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> caseIds = new ArrayList<>();
            for (DetentionReported report : reports) {
                caseIds.add(pool.submit(() -> {
                    start.await();
                    return cases.apply(report);
                }));
            }
            start.countDown();
            Set<String> distinct = new HashSet<>();
            for (Future<String> caseId : caseIds) {
                distinct.add(caseId.get(60, TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(1);
            String caseId = distinct.iterator().next();

            JsonPath found = CaseApi.get(caseId);
            assertThat(found.getList("reportIds")).hasSize(8);
            assertThat(found.getList("detainees")).hasSize(1);
            assertThat(found.getString("confidence")).isEqualTo("CORROBORATED");
            assertThat(ClockTests.awaitSettled(caseId, 1)).extracting(CaseAlert::kind).containsExactly(AlertKind.RAISED);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every case id, followed page by page through the cursor. */
    static Set<String> allCaseIds() {
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestTokens.operator()).queryParam("limit", 7);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/cases").then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.id", String.class);
            assertThat(ids).as("a case twice across pages").doesNotContainAnyElementsOf(items);
            ids.addAll(items);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    /** The topic once nothing more arrives for a while (and, unless negative, with the size expected). */
    private static List<TestTopics.RawRecord> settledTopic(String topic, int expected) {
        int[] last = { -1 };
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            int size = TestTopics.readAll(topic).size();
            boolean settled = size == last[0];
            last[0] = size;
            return settled;
        });
        if (expected >= 0) {
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> TestTopics.readAll(topic).size() == expected);
        }
        return TestTopics.readAll(topic);
    }
}
