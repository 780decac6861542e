package org.casealert.intake;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.Topics;
import org.casealert.events.outbox.OutboxMessage;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A report continues the trace of the request that brought it: its outbox row keeps the request's trace
 * context, and the event on {@code detention-reports} carries it on as its {@code traceparent} header.
 */
@QuarkusTest
class TracingTests {

    @Test
    void theEventOfAReportCarriesTheTraceOfItsRequest() {
        Hotlines.Hotline hotline = Hotlines.create("Tracing hotline");
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String caller = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";

        String reportId = given().header("X-Api-Key", hotline.key()).header("traceparent", caller)
                .contentType(ContentType.JSON).body(SampleReports.minimal("Trace Kim")).post("/api/v1/reports").then()
                .statusCode(202).extract().path("id");

        OutboxMessage row = QuarkusTransaction.requiringNew()
                .call(() -> OutboxMessage.<OutboxMessage> find("messageKey", reportId).firstResult());
        assertThat(traceIdOf(row.traceParent)).isEqualTo(traceId);
        assertThat(row.traceParent).as("the service's own span, not the caller's").isNotEqualTo(caller);

        TestTopics.RawRecord published = await().atMost(Duration.ofSeconds(20)).until(() -> TestTopics
                .readAll(Topics.DETENTION_REPORTS).stream().filter(record -> reportId.equals(record.key())).findFirst(),
                Optional::isPresent).orElseThrow();
        assertThat(published.headers()).containsKey("traceparent");
        assertThat(traceIdOf(published.headers().get("traceparent"))).isEqualTo(traceId);
        assertThat(published.headers().get("traceparent")).as("the producer's span, a child of the row's")
                .isNotEqualTo(row.traceParent);
    }

    @Test
    void aReportWithoutATraceStartsOne() {
        Hotlines.Hotline hotline = Hotlines.create("Untraced hotline");
        String reportId = given().header("X-Api-Key", hotline.key()).contentType(ContentType.JSON)
                .body(SampleReports.minimal("Untraced Kim")).post("/api/v1/reports").then().statusCode(202).extract()
                .path("id");
        OutboxMessage row = QuarkusTransaction.requiringNew()
                .call(() -> OutboxMessage.<OutboxMessage> find("messageKey", reportId).firstResult());
        assertThat(row.traceParent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(traceIdOf(row.traceParent)).isNotEqualTo("0".repeat(32));
    }

    static String traceIdOf(String traceparent) {
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        return traceparent.split("-")[1];
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
