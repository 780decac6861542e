package org.casealert.events.inbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An event a consumer already applied, recorded in the same transaction as its effects (the idempotent
 * consumer): a redelivered or replayed event finds itself here and changes nothing.
 */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    public UUID eventId;
    @Column(nullable = false)
    public Instant processedAt;

    public static ProcessedEvent of(UUID eventId, Instant at) {
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.processedAt = at;
        return processed;
    }
}
