package org.casealert.events.outbox;

import java.time.Instant;

/**
 * A parked outbox message as operators see it: where it was going and why Kafka refused it, never its
 * payload (which carries sealed particulars and name hashes). The key is a report or case id.
 */
public record ParkedMessage(long id, String topic, String key, int attempts, String lastError, Instant createdAt,
        Instant parkedAt) {

    static ParkedMessage of(OutboxMessage message) {
        return new ParkedMessage(message.id, message.topic, message.messageKey, message.attempts,
                errorClass(message.lastError), message.createdAt, message.parkedAt);
    }

    /** "RecordTooLargeException: The message is ... bytes" → "RecordTooLargeException". */
    private static String errorClass(String lastError) {
        if (lastError == null) {
            return null;
        }
        int colon = lastError.indexOf(':');
        return colon < 0 ? lastError : lastError.substring(0, colon);
    }
}
