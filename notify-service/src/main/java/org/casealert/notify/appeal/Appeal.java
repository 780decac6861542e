package org.casealert.notify.appeal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The letter rendered for one recipient from one alert; subject and body sealed (they may name people). */
@Entity
@Table(name = "appeal")
public class Appeal extends PanacheEntityBase {

    public enum Status {
        DRAFT,
        APPROVED,
        SENT,
        /** Never to be sent, with the reason: no consent, or consent withdrawn since it was drafted. */
        BLOCKED,
        /** A draft the case overtook (merged into another, resolved, returned): it no longer tells the truth. */
        CANCELLED
    }

    @Id
    public String id;
    @Column(nullable = false)
    public UUID alertId;
    @Column(nullable = false)
    public String caseId;
    @Column(nullable = false)
    public String caseReference;
    @Column(nullable = false)
    public String recipientId;
    @Column(nullable = false)
    public int sequence;
    @Column(nullable = false)
    public String language;
    @Column(nullable = false)
    public String subjectSealed;
    @Column(nullable = false)
    public String bodySealed;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    public String blockedReason;
    @Column(nullable = false)
    public Instant createdAt;
    public Instant approvedAt;
    public String approvedBy;
    public Instant sentAt;
}
