package org.casealert.notify.appeal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A recipient change that waits for a second operator: it would let names reach the recipient, or let appeals
 * reach it without consent or without an operator's approval. Applied only when another operator approves.
 */
@Entity
@Table(name = "recipient_change")
public class RecipientChange extends PanacheEntityBase {

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    @Id
    public String id;
    /** Null when the change creates a recipient. */
    public String recipientId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String settings;
    @Column(nullable = false)
    public String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(nullable = false)
    public String requestedBySub;
    @Column(nullable = false)
    public String requestedByName;
    @Column(nullable = false)
    public Instant requestedAt;
    public String decidedBySub;
    public String decidedByName;
    public Instant decidedAt;
    public String resultRecipientId;
}
