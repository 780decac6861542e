package org.casealert.alert;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.EventCodec;
import org.casealert.events.Sex;
import org.casealert.events.Topics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each report of a poll batch is processed in the trace of the span that published it, and the alert of the
 * case it opened continues that trace: its outbox row and its record on {@code case-alerts} carry it.
 */
@QuarkusTest
class TracingTests {

    @Inject
    ReportEvents events;

    @Test
    void theAlertOfEachReportsCaseContinuesThatReportsTrace() {
        List<DetentionReported> reports = new ArrayList<>();
        List<String> traceIds = new ArrayList<>();
        List<TestTopics.RawRecord> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            DetentionReported report = events.report("hotline-trace-" + i)
                    .person(ReportEvents.Person.named("Ri " + letters(8), Sex.FEMALE, 1980 + i))
                    .at(DetentionStage.LOCAL_CUSTODY, LocalDate.now(ZoneOffset.UTC), "Trace PSB " + i, "Yanji", "Jilin")
                    .build();
            String traceId = hex(16);
            reports.add(report);
            traceIds.add(traceId);
            records.add(new TestTopics.RawRecord(report.reportId(), EventCodec.write(report).getBytes(StandardCharsets.UTF_8),
                    -1, -1, Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01")));
        }
        // one producer call: the reports are likely to reach the service in one poll batch
        TestTopics.sendAgain(Topics.DETENTION_REPORTS, records);

        for (int i = 0; i < reports.size(); i++) {
            String caseId = CaseApi.caseOfReport(reports.get(i).reportId()).getString("id");
            TestTopics.RawRecord alert = await().atMost(Duration.ofSeconds(20))
                    .until(() -> TestTopics.readAll(Topics.CASE_ALERTS).stream()
                            .filter(record -> caseId.equals(record.key())).findFirst(), Optional::isPresent)
                    .orElseThrow();
            String traceparent = alert.headers().get("traceparent");
            assertThat(traceparent).as("the alert of report %d", i).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(traceparent.split("-")[1]).as("the alert of report %d", i).isEqualTo(traceIds.get(i));
        }
    }

    /** A name of its own on every run, so that no earlier case absorbs the report. */
    private static String letters(int count) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < count; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
