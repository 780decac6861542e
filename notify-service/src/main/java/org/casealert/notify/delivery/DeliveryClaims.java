package org.casealert.notify.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casealert.events.tracing.StoredTrace;
import org.casealert.notify.config.NotifyConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The delivery table as a work queue. A claim reserves due deliveries for a lease ({@code skip locked},
 * so instances share the work); an instance that dies mid-delivery frees them when the lease runs out.
 * The outcome is recorded in its own transaction.
 */
@ApplicationScoped
public class DeliveryClaims {

    private final EntityManager entityManager;
    private final DeliveryRetryPolicy retryPolicy;
    private final NotifyConfig config;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Event<DeliverySent> deliverySent;

    DeliveryClaims(EntityManager entityManager, DeliveryRetryPolicy retryPolicy, NotifyConfig config, Clock clock,
            MeterRegistry registry, Event<DeliverySent> deliverySent) {
        this.entityManager = entityManager;
        this.retryPolicy = retryPolicy;
        this.config = config;
        this.clock = clock;
        this.registry = registry;
        this.deliverySent = deliverySent;
    }

    /** Reserves up to {@code max} due deliveries and counts the attempt; returns them with the trace each continues. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Claimed> claim(int max) {
        Instant now = clock.instant();
        List<Object[]> rows = entityManager.createNativeQuery("""
                update delivery set lease_until = :leaseUntil, attempts = attempts + 1
                where id in (select id from delivery
                             where status in ('PENDING', 'FAILED') and next_attempt_at <= :now
                               and (lease_until is null or lease_until < :now)
                             order by next_attempt_at limit :max for update skip locked)
                returning id, trace_parent, trace_state""")
                .setParameter("leaseUntil", now.plus(config.delivery().lease())).setParameter("now", now)
                .setParameter("max", max).getResultList();
        return rows.stream().map(row -> new Claimed((String) row[0], new StoredTrace((String) row[1], (String) row[2])))
                .toList();
    }

    /** A claimed delivery: its id, and the trace context of the span that created it. */
    public record Claimed(String id, StoredTrace trace) {
    }

    @Transactional
    public void succeeded(String id) {
        Delivery delivery = Delivery.findById(id);
        Instant now = clock.instant();
        delivery.status = Delivery.Status.SENT;
        delivery.sentAt = now;
        delivery.leaseUntil = null;
        delivery.lastError = null;
        deliverySent.fire(new DeliverySent(delivery.purpose, delivery.alertId, delivery.letterId, delivery.targetType,
                delivery.targetId, now));
        registry.counter("notify.deliveries", "status", "SENT", "channel", delivery.channel.name(), "purpose",
                delivery.purpose.name()).increment();
        if (delivery.alertId != null) {
            ReceivedAlert alert = ReceivedAlert.findById(delivery.alertId);
            // buckets, not client-side percentiles: the replicas' figures add up in Prometheus
            Timer.builder("notify.alert.to.delivery").tags("channel", delivery.channel.name(), "purpose",
                    delivery.purpose.name()).publishPercentileHistogram().register(registry)
                    .record(Duration.between(alert.occurredAt, now));
        }
    }

    /**
     * Gives back a claimed delivery that was never sent (the instance is stopping): due again at once for any
     * instance, and the attempt it was counted as is taken back.
     */
    @Transactional
    public void release(String id) {
        entityManager.createNativeQuery("update delivery set lease_until = null, attempts = attempts - 1"
                + " where id = :id and status in ('PENDING', 'FAILED')").setParameter("id", id).executeUpdate();
    }

    /** Records a failed attempt; {@code permanent} failures (a refused target) are not retried. */
    @Transactional
    public void failed(String id, String error, boolean permanent) {
        Delivery delivery = Delivery.findById(id);
        if (delivery.status == Delivery.Status.SENT) {
            // an attempt that outlasted its lease failed after another one delivered: the delivery stays delivered
            return;
        }
        delivery.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        delivery.leaseUntil = null;
        if (permanent || retryPolicy.exhausted(delivery.attempts)) {
            delivery.status = Delivery.Status.DEAD;
        } else {
            delivery.status = Delivery.Status.FAILED;
            delivery.nextAttemptAt = clock.instant().plus(retryPolicy.backoff(delivery.attempts));
        }
        registry.counter("notify.deliveries", "status", delivery.status.name(), "channel", delivery.channel.name(),
                "purpose", delivery.purpose.name()).increment();
    }
}
