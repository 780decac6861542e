package org.casealert.events.outbox;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

import io.quarkus.scheduler.Scheduled;

/**
 * Moves the outbox to Kafka: right after a transaction that wrote to it commits, and on a short poll for
 * whatever an earlier attempt left (Kafka down, a restart). One relay runs at a time per instance.
 */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxPublisher publisher;
    private final ManagedExecutor executor;
    private final int batchSize;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    OutboxRelay(OutboxPublisher publisher, OutboxConfig config) {
        this.publisher = publisher;
        // work woken by a commit must not run in (what is left of) the committing transaction
        this.executor = ManagedExecutor.builder().propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING)
                .build();
        this.batchSize = config.batchSize();
    }

    @Scheduled(every = "${casealert.outbox.poll-interval}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        relay();
    }

    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        executor.execute(this::relay);
    }

    void relay() {
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return; // the relay under way will look again
        }
        try {
            while (again.getAndSet(false)) {
                while (publisher.publishBatch(batchSize) == batchSize) {
                    // a full batch: there may be more
                }
            }
        } finally {
            running.set(false);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
