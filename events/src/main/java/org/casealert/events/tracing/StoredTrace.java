package org.casealert.events.tracing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * A W3C trace context ({@code traceparent}, and {@code tracestate} if any) kept beside a row that another
 * transaction or another service takes up later (an outbox message, a delivery), so that the work done on it
 * continues the trace of the work that wrote it. Both are null where no span was current.
 */
public record StoredTrace(String traceparent, String tracestate) {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    /** The trace context of the span current on this thread. */
    public static StoredTrace current() {
        return of(Context.current());
    }

    public static StoredTrace of(Context context) {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return new StoredTrace(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** The context to continue: the stored span as a remote parent, or the root context where none was stored. */
    public Context context() {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), this, Getter.INSTANCE);
    }

    private enum Getter implements TextMapGetter<StoredTrace> {
        INSTANCE;

        @Override
        public Iterable<String> keys(StoredTrace carrier) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(StoredTrace carrier, String key) {
            return carrier == null ? null
                    : TRACEPARENT.equals(key) ? carrier.traceparent
                            : TRACESTATE.equals(key)
                                    ? carrier.tracestate
                                    : null;
        }
    }
}
