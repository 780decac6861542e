package org.casealert.notify.subscription;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casealert.events.Level;
import org.casealert.notify.delivery.Channel;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An advocate's subscription to alerts, by e-mail (double opt-in) or webhook; address and secret sealed. */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    public enum Status {
        PENDING_CONFIRMATION,
        ACTIVE,
        UNSUBSCRIBED
    }

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;
    @Column(nullable = false)
    public String addressSealed;
    /** E-mail only: the keyed hash of the lower-cased address, to find the address's other subscriptions. */
    public String addressHash;
    public String secretSealed;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level minLevel;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> provinces;
    @Column(nullable = false)
    public String language;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    /** Who made a webhook subscription, by name, for operators. */
    public String owner;
    /** Whose webhook subscription it is: the token's {@code sub}, never its name. */
    public String ownerSubject;
    @Column(nullable = false)
    public Instant createdAt;
    public Instant confirmedAt;
    public Instant endedAt;
    /** Paused (silenced) until then: alerts before it are recorded as SILENCED deliveries, never sent. */
    public Instant pausedUntil;
    /** A webhook secret being rotated out: it signs beside the new one until {@link #previousSecretUntil}. */
    public String previousSecretSealed;
    public Instant previousSecretUntil;

    public boolean pausedAt(Instant now) {
        return pausedUntil != null && pausedUntil.isAfter(now);
    }

    public boolean covers(Level level, String province) {
        return status == Status.ACTIVE && level.atLeast(minLevel)
                && (provinces.isEmpty() || (province != null && provinces.stream().anyMatch(province::equalsIgnoreCase)));
    }
}
