package org.casealert.events.outbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.casealert.events.http.ProblemException;
import org.jboss.logging.Logger;

/**
 * The outbox messages Kafka refused too often ({@link OutboxPublisher}), for operators: listed oldest first,
 * and put back in line on request (after the cause, say a topic's size limit, was fixed). A retried message
 * that Kafka refuses again is parked again at once.
 */
@ApplicationScoped
public class ParkedMessages {

    /** More than this many parked messages is a fault to fix at its cause, not a list to page through. */
    static final int LISTED = 500;

    private static final Logger AUDIT = Logger.getLogger("casealert.audit");

    private final Event<OutboxWritten> outboxWritten;

    ParkedMessages(Event<OutboxWritten> outboxWritten) {
        this.outboxWritten = outboxWritten;
    }

    @Transactional
    public List<ParkedMessage> list() {
        return OutboxMessage.<OutboxMessage> find("publishedAt is null and parkedAt is not null order by id").page(0, LISTED)
                .list().stream().map(ParkedMessage::of).toList();
    }

    /** Puts a parked message back in line for the relay; 404 unless it is parked. */
    @Transactional
    public ParkedMessage retry(String id, String operator) {
        Long key = parsed(id);
        OutboxMessage message = key == null ? null : OutboxMessage.findById(key);
        if (message == null || message.publishedAt != null || message.parkedAt == null) {
            throw ProblemException.notFound("the parked outbox message");
        }
        message.parkedAt = null;
        AUDIT.infof("outbox message %d (event %s) put back in line by %s", message.id, message.eventId, operator);
        outboxWritten.fire(new OutboxWritten());
        return ParkedMessage.of(message);
    }

    private static Long parsed(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
