package org.casealert.notify.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casealert.events.tracing.StoredTrace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One message to one target: an alert to a subscriber, an appeal to a recipient, a confirmation mail,
 * or a letter of a group (a group appeal, an advocates' digest). The database allows one delivery per
 * (alert, target) and one per letter; retries reuse it.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    public enum Purpose {
        ALERT,
        APPEAL,
        CONFIRMATION,
        GROUP_APPEAL,
        DIGEST,
        /** A signed {@code test} event a subscriber asked for, through the same path as alerts. */
        TEST
    }

    public enum TargetType {
        SUBSCRIPTION,
        RECIPIENT
    }

    public enum Status {
        PENDING,
        SENT,
        FAILED,
        DEAD,
        /** Never sent: its subscription was paused (silenced) when it was due. Not sent later either. */
        SILENCED
    }

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;
    public UUID alertId;
    public String caseId;
    /** The letter delivered, for purposes that belong to no single alert. */
    public String letterId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetType targetType;
    @Column(nullable = false)
    public String targetId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    public int attempts;
    public String lastError;
    @Column(nullable = false)
    public Instant nextAttemptAt;
    public Instant leaseUntil;
    @Column(nullable = false)
    public Instant createdAt;
    public Instant sentAt;
    /** The W3C trace context of the span that created it (an alert's consumption, an approval); sending continues it. */
    public String traceParent;
    public String traceState;

    public static Delivery of(Purpose purpose, UUID alertId, String caseId, TargetType targetType, String targetId,
            Channel channel, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID().toString();
        delivery.purpose = purpose;
        delivery.alertId = alertId;
        delivery.caseId = caseId;
        delivery.targetType = targetType;
        delivery.targetId = targetId;
        delivery.channel = channel;
        delivery.status = Status.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        StoredTrace trace = StoredTrace.current();
        delivery.traceParent = trace.traceparent();
        delivery.traceState = trace.tracestate();
        return delivery;
    }

    /** Records the delivery without sending it, now or later: its target is paused until {@code until}. */
    public Delivery silenced(Instant until) {
        status = Status.SILENCED;
        lastError = "silenced: the subscription is paused until " + until;
        return this;
    }

    /** The delivery of a letter that belongs to no single alert: a group appeal or a digest. */
    public static Delivery ofLetter(Purpose purpose, String letterId, TargetType targetType, String targetId,
            Channel channel, Instant now) {
        Delivery delivery = of(purpose, null, null, targetType, targetId, channel, now);
        delivery.letterId = letterId;
        return delivery;
    }
}
