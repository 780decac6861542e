package org.casealert.events.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "casealert.outbox")
public interface OutboxConfig {

    /** How often the relay looks for messages an earlier attempt left (it also runs right after each commit). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Messages relayed per transaction. */
    @WithDefault("100")
    int batchSize();

    /**
     * An unpublished message older than this makes the outbox health check DOWN (on {@code /q/health/well}
     * and {@code /q/health}, not readiness: the outbox keeps what comes in while Kafka is away).
     */
    @WithDefault("5m")
    Duration staleAfter();

    /**
     * How long the relay waits for Kafka to acknowledge a message; longer than the producer's
     * max.block.ms plus delivery.timeout.ms, so a message the relay gives up on was not delivered.
     */
    @WithDefault("45s")
    Duration acknowledgementTimeout();

    /**
     * Attempts after which a message that Kafka refuses for what it is (too large for the topic, not
     * serialisable) is parked, so that the messages behind it go on; an operator retries it once the cause
     * is fixed. Messages that fail because Kafka is away are never parked.
     */
    @WithDefault("5")
    int parkAfterAttempts();
}
