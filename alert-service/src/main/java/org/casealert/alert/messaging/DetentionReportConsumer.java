package org.casealert.alert.messaging;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.casealert.alert.cases.ReportApplier;
import org.casealert.events.DetentionReported;
import org.casealert.events.EventCodec;
import org.casealert.events.MalformedEventException;
import org.casealert.events.Topics;
import org.casealert.events.tracing.KafkaTraces;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * Consumes {@code detention-reports} a poll batch at a time, applied in one transaction. A value that is
 * not a v1 event goes to the dead-letter topic at once. When the batch fails, its reports are applied one
 * by one, so that one poison report goes to the dead-letter topic and the rest are applied; a failure that
 * will pass (PostgreSQL away, a deadlock) is retried with backoff until it does, holding the partitions,
 * so no report is skipped. Each report is processed in a span of its own, a child of the span that published
 * it (the record's {@code traceparent}), so that its case's alert continues the report's trace.
 */
@ApplicationScoped
public class DetentionReportConsumer {

    private static final Logger LOG = Logger.getLogger(DetentionReportConsumer.class);

    private final ReportApplier applier;
    private final DeadLetters deadLetters;
    private final Failures failures;
    private final Tracer tracer;

    DetentionReportConsumer(ReportApplier applier, DeadLetters deadLetters, Failures failures, Tracer tracer) {
        this.applier = applier;
        this.deadLetters = deadLetters;
        this.failures = failures;
        this.tracer = tracer;
    }

    @Incoming(Topics.DETENTION_REPORTS)
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> readable = new ArrayList<>();
        List<DetentionReported> reports = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                reports.add(EventCodec.readDetentionReported(record.value()));
                readable.add(record);
            } catch (MalformedEventException malformed) {
                deadLetters.send(record, malformed);
            }
        }
        if (reports.isEmpty()) {
            return;
        }
        List<Span> spans = readable.stream().map(this::processing).toList();
        List<Context> traces = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            traces.add(spans.get(i).storeInContext(KafkaTraces.of(readable.get(i).headers())));
        }
        try {
            apply(readable, reports, traces, spans);
        } catch (RuntimeException failure) {
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName()));
            throw failure;
        } finally {
            spans.forEach(Span::end);
        }
    }

    private void apply(List<ConsumerRecord<String, String>> readable, List<DetentionReported> reports,
            List<Context> traces, List<Span> spans) {
        try {
            applier.apply(reports, traces);
        } catch (RuntimeException batchFailure) {
            if (reports.size() == 1 || failures.willPass(batchFailure)) {
                failOrPark(readable.get(0), batchFailure, reports.size() == 1);
                spans.get(0).setStatus(StatusCode.ERROR, "dead-lettered");
                return;
            }
            LOG.warnf("a batch of %d reports failed (%s); applying them one by one", reports.size(),
                    batchFailure.getClass().getName());
            for (int i = 0; i < reports.size(); i++) {
                try {
                    applier.apply(reports.get(i), traces.get(i));
                } catch (RuntimeException failure) {
                    failOrPark(readable.get(i), failure, true);
                    spans.get(i).setStatus(StatusCode.ERROR, "dead-lettered");
                }
            }
        }
    }

    /** The span of one report's processing: a child of the span that published it. */
    private Span processing(ConsumerRecord<String, String> record) {
        return tracer.spanBuilder(record.topic() + " process").setSpanKind(SpanKind.CONSUMER)
                .setParent(KafkaTraces.of(record.headers()))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.kafka.destination.partition", (long) record.partition())
                .setAttribute("messaging.kafka.message.offset", record.offset())
                .startSpan();
    }

    /** Rethrows a failure that will pass, to be retried; sends the report of one that will not to the dead letters. */
    private void failOrPark(ConsumerRecord<String, String> record, RuntimeException failure, boolean alone) {
        if (!alone || failures.willPass(failure)) {
            throw failure;
        }
        LOG.errorf("report at %s-%d offset %d cannot be applied (%s); sent to the dead-letter topic", record.topic(),
                record.partition(), record.offset(), failure.getClass().getName());
        deadLetters.send(record, failure);
    }
}
