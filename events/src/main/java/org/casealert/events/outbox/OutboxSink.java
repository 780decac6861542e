package org.casealert.events.outbox;

import java.util.concurrent.CompletionStage;

import io.opentelemetry.context.Context;

/**
 * Where a service's outbox goes: its Kafka channel. Each service that keeps an outbox has one bean
 * of this type.
 */
public interface OutboxSink {

    /**
     * Sends one message; the stage completes when Kafka acknowledged it and fails when it will not. The
     * record's producer span is a child of {@code trace}, the context of the span that wrote the message, and
     * its headers carry that span on to the consumer ({@code traceparent}, {@code tracestate}).
     */
    CompletionStage<Void> send(String key, String payload, Context trace);

    /** Called in the relay's transaction once a message is acknowledged, to record that it was published. */
    default void published(OutboxMessage message) {
    }
}
