package org.casealert.events.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

/**
 * Whether this instance's relay reaches Kafka: DOWN from its first message that Kafka did not answer (away,
 * no leader) until Kafka acknowledges one again. On {@code /q/health/well} and {@code /q/health}, never
 * liveness or readiness: while Kafka is away the outbox keeps what comes in, and the service goes on taking
 * it; a restart would not bring the broker back. A message Kafka refuses for what it is does not count
 * ({@code outbox_parked} tells of those).
 */
@ApplicationScoped
@Wellness
public class KafkaPublishing implements HealthCheck {

    private final OutboxPublisher publisher;

    KafkaPublishing(OutboxPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public HealthCheckResponse call() {
        Instant acknowledged = publisher.lastAcknowledged();
        Instant unanswered = publisher.lastUnanswered();
        boolean reaching = unanswered == null || acknowledged != null && acknowledged.isAfter(unanswered);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-publishing").status(reaching);
        if (acknowledged != null) {
            response.withData("lastAcknowledgedAt", acknowledged.toString());
        }
        if (unanswered != null) {
            response.withData("lastUnansweredAt", unanswered.toString());
        }
        return response.build();
    }
}
