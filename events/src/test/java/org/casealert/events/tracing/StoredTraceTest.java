package org.casealert.events.tracing;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

class StoredTraceTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @Test
    void theCurrentSpanIsStoredAndContinuedAsARemoteParent() {
        SpanContext writer = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(),
                TraceState.builder().put("ngo", "1").build());
        StoredTrace stored;
        try (Scope scope = Context.root().with(Span.wrap(writer)).makeCurrent()) {
            stored = StoredTrace.current();
        }
        assertThat(stored.traceparent()).isEqualTo("00-" + TRACE + "-" + SPAN + "-01");
        assertThat(stored.tracestate()).isEqualTo("ngo=1");

        SpanContext continued = Span.fromContext(stored.context()).getSpanContext();
        assertThat(continued.getTraceId()).isEqualTo(TRACE);
        assertThat(continued.getSpanId()).isEqualTo(SPAN);
        assertThat(continued.isRemote()).isTrue();
        assertThat(continued.getTraceState().get("ngo")).isEqualTo("1");
    }

    @Test
    void withoutASpanNothingIsStoredAndNothingContinued() {
        StoredTrace stored = StoredTrace.of(Context.root());
        assertThat(stored).isEqualTo(new StoredTrace(null, null));
        assertThat(Span.fromContext(stored.context()).getSpanContext().isValid()).isFalse();
    }

    @Test
    void aKafkaRecordsHeadersNameItsProducersSpan() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", ("00-" + TRACE + "-" + SPAN + "-01").getBytes(UTF_8));
        assertThat(Span.fromContext(KafkaTraces.of(headers)).getSpanContext().getTraceId()).isEqualTo(TRACE);
        assertThat(Span.fromContext(KafkaTraces.of(new RecordHeaders())).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(KafkaTraces.of(null)).getSpanContext().isValid()).isFalse();
    }
}
