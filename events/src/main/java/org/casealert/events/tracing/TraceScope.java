package org.casealert.events.tracing;

import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * Makes a context current and puts its trace and span ids in the logging MDC ({@code traceId}, {@code spanId},
 * the keys Quarkus uses), also on threads Quarkus does not manage (a worker pool of our own), so that what is
 * logged there carries the trace id in the JSON logs. Closing it restores what was there before.
 */
public final class TraceScope implements Scope {

    private static final String TRACE_ID = "traceId";
    private static final String SPAN_ID = "spanId";

    private final Scope scope;
    private final Object traceId;
    private final Object spanId;

    private TraceScope(Scope scope, Object traceId, Object spanId) {
        this.scope = scope;
        this.traceId = traceId;
        this.spanId = spanId;
    }

    public static TraceScope enter(Context context) {
        Object traceId = MDC.get(TRACE_ID);
        Object spanId = MDC.get(SPAN_ID);
        Scope scope = context.makeCurrent();
        SpanContext span = Span.fromContext(context).getSpanContext();
        if (span.isValid()) {
            MDC.put(TRACE_ID, span.getTraceId());
            MDC.put(SPAN_ID, span.getSpanId());
        }
        return new TraceScope(scope, traceId, spanId);
    }

    @Override
    public void close() {
        scope.close();
        restore(TRACE_ID, traceId);
        restore(SPAN_ID, spanId);
    }

    private static void restore(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
