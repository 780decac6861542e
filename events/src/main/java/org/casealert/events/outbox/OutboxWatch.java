package org.casealert.events.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.Wellness;

/**
 * How long the oldest unpublished message has waited: the metric {@code outbox_oldest_age_seconds} (0 when
 * nothing waits) and a health check that is DOWN past {@code casealert.outbox.stale-after}; and how many
 * messages are parked, {@code outbox_parked} (they do not count as waiting: they hold nothing up). Both are
 * read from the database every few seconds, so every instance reports the same outbox.
 */
@ApplicationScoped
@Wellness
public class OutboxWatch implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(OutboxWatch.class);

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration staleAfter;
    private volatile Optional<Instant> oldest = Optional.empty();
    private volatile long parked;
    private volatile Instant checkedAt;

    OutboxWatch(EntityManager entityManager, Clock clock, OutboxConfig config, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.staleAfter = config.staleAfter();
        Gauge.builder("outbox.oldest.age", this, watch -> watch.oldestAge().toMillis() / 1000.0).baseUnit("seconds")
                .description("how long the oldest unpublished outbox message has waited").register(registry);
        Gauge.builder("outbox.parked", this, watch -> watch.parked)
                .description("outbox messages Kafka refused too often, waiting for an operator").register(registry);
    }

    @Scheduled(every = "5s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                    "select min(created_at) filter (where parked_at is null), count(*) filter (where parked_at is not null)"
                            + " from outbox where published_at is null")
                    .getSingleResult());
            oldest = Optional.ofNullable(row[0]).map(OutboxWatch::instant);
            parked = ((Number) row[1]).longValue();
            checkedAt = clock.instant();
        } catch (RuntimeException e) {
            LOG.debugf("outbox age not read: %s", e.getMessage());
        }
    }

    Duration oldestAge() {
        return oldest.map(created -> Duration.between(created, clock.instant())).filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }

    @Override
    public HealthCheckResponse call() {
        Duration age = oldestAge();
        return HealthCheckResponse.named("outbox").status(age.compareTo(staleAfter) <= 0)
                .withData("oldestUnpublishedSeconds", age.toSeconds())
                .withData("checkedAt", String.valueOf(checkedAt)).build();
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
