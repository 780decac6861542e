package org.casealert.events.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Publishes one batch of the outbox: rows are locked ({@code skip locked}, so instances share the
 * work), sent through the service's {@link OutboxSink} (an idempotent {@code acks=all} producer), and
 * marked published only once Kafka acknowledged them. The oldest message goes alone first: with Kafka
 * down, each send would otherwise wait for metadata in turn. A message Kafka refuses for what it is (too
 * large, say) does not stop the batch, and after {@code casealert.outbox.park-after-attempts} it is parked:
 * kept, left out of later batches, and listed by {@link ParkedMessages} until an operator retries it.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private final OutboxSink sink;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration acknowledgementTimeout;
    private final int parkAfterAttempts;
    private final AtomicLong backlog = new AtomicLong();
    private final Timer lag;
    private final Counter published;
    private final Counter failures;
    private volatile Instant lastAcknowledged;
    private volatile Instant lastUnanswered;

    OutboxPublisher(OutboxSink sink, EntityManager entityManager, Clock clock, OutboxConfig config,
            MeterRegistry registry) {
        this.sink = sink;
        this.entityManager = entityManager;
        this.clock = clock;
        this.acknowledgementTimeout = config.acknowledgementTimeout();
        this.parkAfterAttempts = config.parkAfterAttempts();
        registry.gauge("outbox.backlog", backlog);
        this.lag = Timer.builder("outbox.publish.lag").description("from the change to Kafka's acknowledgement")
                .publishPercentileHistogram().register(registry);
        this.published = registry.counter("outbox.published");
        this.failures = registry.counter("outbox.failures");
    }

    /**
     * Sends up to {@code size} waiting messages and returns how many Kafka answered for: published, or
     * refused for what they are. Fewer than {@code size} means nothing more waits, or Kafka is away.
     */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    public int publishBatch(int size) {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> batch = entityManager.createNativeQuery(
                "select * from outbox where published_at is null and parked_at is null order by id limit :size"
                        + " for update skip locked",
                OutboxMessage.class).setParameter("size", size).getResultList();
        Outcome outcome = new Outcome();
        if (!batch.isEmpty()) {
            send(batch.subList(0, 1), outcome);
            if (outcome.answered == 1) {
                send(batch.subList(1, batch.size()), outcome);
            }
        }
        backlog.set(((Number) entityManager.createNativeQuery(
                "select count(*) from outbox where published_at is null and parked_at is null").getSingleResult())
                .longValue() - outcome.published);
        return outcome.answered;
    }

    private void send(List<OutboxMessage> messages, Outcome outcome) {
        List<CompletableFuture<Void>> acknowledgements = messages.stream()
                .map(message -> sink.send(message.messageKey, message.payload, message.trace().context())
                        .toCompletableFuture())
                .toList();
        for (int i = 0; i < messages.size(); i++) {
            OutboxMessage message = messages.get(i);
            try {
                acknowledgements.get(i).get(acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS);
                markPublished(message);
                outcome.published++;
                outcome.answered++;
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                if (failed(message, cause)) {
                    outcome.answered++;
                } else {
                    lastUnanswered = clock.instant();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    /** Records a failed attempt, parks the message if Kafka keeps refusing it, and tells whether it refused it. */
    private boolean failed(OutboxMessage message, Throwable cause) {
        message.attempts++;
        message.lastError = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        failures.increment();
        boolean refused = OutboxRefusals.refusesTheMessage(cause);
        if (refused && message.attempts >= parkAfterAttempts) {
            message.parkedAt = clock.instant();
            LOG.errorf("event %s (outbox message %d) parked after %d attempts: %s", message.eventId, message.id,
                    message.attempts, message.lastError);
        } else {
            LOG.warnf("event %s not published (attempt %d): %s", message.eventId, message.attempts, message.lastError);
        }
        return refused;
    }

    private void markPublished(OutboxMessage message) {
        Instant now = clock.instant();
        lastAcknowledged = now;
        message.publishedAt = now;
        sink.published(message);
        lag.record(Duration.between(message.createdAt, now));
        published.increment();
    }

    /** When Kafka last acknowledged a message of this instance; null if it has not since the start. */
    Instant lastAcknowledged() {
        return lastAcknowledged;
    }

    /** When a message of this instance last failed for Kafka's state (away, no leader), not for what it is. */
    Instant lastUnanswered() {
        return lastUnanswered;
    }

    private static final class Outcome {
        int answered;
        int published;
    }
}
