package org.casealert.events.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casealert.events.tracing.StoredTrace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event waiting to be published, written in the transaction of the change it announces. */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public UUID eventId;
    @Column(nullable = false)
    public String topic;
    @Column(nullable = false)
    public String messageKey;
    @Column(nullable = false)
    public String payload;
    @Column(nullable = false)
    public Instant createdAt;
    public Instant publishedAt;
    public int attempts;
    public String lastError;
    /** When Kafka had refused it too often to go on trying by itself; null while it waits or once published. */
    public Instant parkedAt;
    /** The W3C trace context of the span that wrote it, which its publishing and consumption continue. */
    public String traceParent;
    public String traceState;

    public static OutboxMessage of(UUID eventId, String topic, String key, String payload, Instant now) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = eventId;
        message.topic = topic;
        message.messageKey = key;
        message.payload = payload;
        message.createdAt = now;
        StoredTrace trace = StoredTrace.current();
        message.traceParent = trace.traceparent();
        message.traceState = trace.tracestate();
        return message;
    }

    public StoredTrace trace() {
        return new StoredTrace(traceParent, traceState);
    }
}
