package org.casealert.notify.messaging;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casealert.events.EventCodec;
import org.casealert.events.MalformedEventException;
import org.casealert.events.Topics;
import org.casealert.events.tracing.KafkaTraces;
import org.casealert.events.tracing.TraceScope;
import org.casealert.notify.alert.AlertFanOut;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * Consumes {@code case-alerts}. An alert that cannot be parsed, or lacks what every alert carries, goes to the
 * dead-letter topic and the consumer goes on; other failures are retried with backoff until they pass, so no
 * alert is skipped. Each alert is processed in a span that continues the trace of the span that published it
 * (the record's {@code traceparent}), and the deliveries it creates keep that span for their sending.
 */
@ApplicationScoped
public class CaseAlertConsumer {

    private final AlertFanOut fanOut;
    private final Tracer tracer;

    CaseAlertConsumer(AlertFanOut fanOut, Tracer tracer) {
        this.fanOut = fanOut;
        this.tracer = tracer;
    }

    @Incoming(Topics.CASE_ALERTS)
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(ConsumerRecord<String, String> record) {
        Context published = KafkaTraces.of(record.headers());
        Span span = tracer.spanBuilder(record.topic() + " process").setSpanKind(SpanKind.CONSUMER)
                .setParent(published).setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.kafka.destination.partition", (long) record.partition())
                .setAttribute("messaging.kafka.message.offset", record.offset()).startSpan();
        try (TraceScope scope = TraceScope.enter(span.storeInContext(published))) {
            fanOut.onAlert(EventCodec.readCaseAlert(record.value()), record.value());
        } catch (RuntimeException failure) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            throw failure;
        } finally {
            span.end();
        }
    }
}
