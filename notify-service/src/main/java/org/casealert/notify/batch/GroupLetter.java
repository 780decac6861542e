package org.casealert.notify.batch;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A group's letter to one recipient in one round; {@code sequence} counts the recipient's letters on the group
 * that were approved. Subject and body sealed (they may name people).
 */
@Entity
@Table(name = "group_letter")
public class GroupLetter extends PanacheEntityBase {

    public enum Status {
        DRAFT,
        APPROVED,
        SENT,
        BLOCKED,
        /** A draft never approved, whose cases a later round's letter to the same recipient tells of instead. */
        SUPERSEDED
    }

    @Id
    public String id;
    @Column(nullable = false)
    public String batchId;
    public int roundNumber;
    @Column(nullable = false)
    public String recipientId;
    public int sequence;
    @Column(nullable = false)
    public String language;
    @Column(nullable = false)
    public String subjectSealed;
    @Column(nullable = false)
    public String bodySealed;
    public int listedCases;
    public int namedPeople;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    public String blockedReason;
    @Column(nullable = false)
    public Instant createdAt;
    public Instant approvedAt;
    public String approvedBy;
    public Instant sentAt;

    /** Approved or sent: the letters a later one may refer to. */
    public boolean counts() {
        return status == Status.APPROVED || status == Status.SENT;
    }
}
