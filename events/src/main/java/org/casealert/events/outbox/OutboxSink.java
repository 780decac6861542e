package org.casealert.events.outbox;

import java.util.concurrent.CompletionStage;

/**
 * Where a service's outbox goes: its Kafka channel. Each service that keeps an outbox has one bean
 * of this type.
 */
public interface OutboxSink {

    /** Sends one message; the stage completes when Kafka acknowledged it and fails when it will not. */
    CompletionStage<Void> send(String key, String payload);

    /** Called in the relay's transaction once a message is acknowledged, to record that it was published. */
    default void published(OutboxMessage message) {
    }
}
