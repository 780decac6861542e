package org.casealert.notify.health;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.casealert.notify.config.NotifyConfig;
import org.casealert.notify.delivery.DeliverySent;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.health.api.Wellness;

/**
 * Whether deliveries get out: DOWN when a delivery has waited (pending or failed, not yet dead) longer than
 * {@code notify.delivery.stall-after} and this instance has sent nothing within that time, as when the SMTP
 * relay or every webhook target is away, or the worker is stuck. On {@code /q/health/well} and
 * {@code /q/health}, not readiness or liveness: the deliveries wait in the table and are retried, and the API
 * goes on.
 */
@ApplicationScoped
@Wellness
public class DeliveryProgress implements HealthCheck {

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration stallAfter;
    private volatile Instant lastSent;

    DeliveryProgress(EntityManager entityManager, Clock clock, NotifyConfig config) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.stallAfter = config.delivery().stallAfter();
        this.lastSent = clock.instant(); // the worker gets its time from the start
    }

    void onSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliverySent sent) {
        lastSent = sent.sentAt();
    }

    @Override
    public HealthCheckResponse call() {
        Object[] waiting = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select count(*), min(created_at) from delivery where status in ('PENDING', 'FAILED')")
                .getSingleResult());
        long count = ((Number) waiting[0]).longValue();
        Instant now = clock.instant();
        Duration oldest = waiting[1] == null ? Duration.ZERO : Duration.between(instant(waiting[1]), now);
        Duration sinceSent = Duration.between(lastSent, now);
        boolean progressing = count == 0 || oldest.compareTo(stallAfter) <= 0 || sinceSent.compareTo(stallAfter) <= 0;
        return HealthCheckResponse.named("deliveries").status(progressing).withData("waiting", count)
                .withData("oldestWaitingSeconds", Math.max(0, oldest.toSeconds()))
                .withData("lastSentAt", lastSent.toString()).build();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
