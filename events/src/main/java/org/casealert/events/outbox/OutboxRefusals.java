package org.casealert.events.outbox;

import java.util.Set;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Which failures Kafka will repeat for a message whatever happens around it: it is too large, cannot be
 * serialised, or the broker refuses the record or its topic. Everything else (timeouts, leaders moving,
 * too few replicas, credentials, a closed producer) is about Kafka's state, not the message, and passes.
 */
final class OutboxRefusals {

    private static final Set<Class<? extends Throwable>> REFUSALS = Set.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, SerializationException.class, InvalidRecordException.class,
            InvalidTopicException.class);

    private OutboxRefusals() {
    }

    /** Whether this failure, or one it wraps, refuses the message itself. */
    static boolean refusesTheMessage(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
            Class<?> type = cause.getClass();
            if (REFUSALS.stream().anyMatch(refusal -> refusal.isAssignableFrom(type))) {
                return true;
            }
        }
        return false;
    }
}
