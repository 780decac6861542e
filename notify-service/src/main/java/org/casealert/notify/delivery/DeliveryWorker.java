package org.casealert.notify.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.casealert.events.tracing.TraceScope;
import org.casealert.notify.config.NotifyConfig;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Works off due deliveries: claims as many as there are free slots, sends each on its own thread, and
 * records the outcome. A slow or dead target holds one slot until its timeout, never the others. Each
 * attempt is a span ({@code delivery send}) that continues the trace stored with the delivery.
 * <p>
 * On shutdown it stops claiming, releases what it claimed but has not begun to send, and lets the sends under way
 * finish and be recorded (within {@code notify.delivery.drain-timeout}): a rolling restart sends nothing twice.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final Duration RECORD_RETRY = Duration.ofMillis(250);
    private static final AttributeKey<String> DELIVERY_ID = AttributeKey.stringKey("casealert.delivery.id");

    private final DeliveryClaims claims;
    private final DeliveryComposer composer;
    private final Transmitter transmitter;
    private final Semaphore slots;
    private final Duration recordFor;
    private final Tracer tracer;
    private final Duration drainTimeout;
    private volatile ManagedExecutor executor;
    private volatile boolean claiming = true;

    DeliveryWorker(DeliveryClaims claims, DeliveryComposer composer, Transmitter transmitter, NotifyConfig config,
            Tracer tracer) {
        this.tracer = tracer;
        this.claims = claims;
        this.composer = composer;
        this.transmitter = transmitter;
        this.executor = newExecutor();
        this.slots = new Semaphore(config.delivery().concurrency());
        // within the lease, so that no other attempt takes the delivery up while this one still records it
        this.recordFor = config.delivery().lease().dividedBy(2);
        this.drainTimeout = config.delivery().drainTimeout();
    }

    private static ManagedExecutor newExecutor() {
        // work woken by a commit must not run in (what is left of) the committing transaction
        return ManagedExecutor.builder().propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    }

    @Scheduled(every = "${notify.delivery.poll-interval}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        dispatch();
    }

    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesWritten written) {
        if (!claiming) {
            return;
        }
        try {
            executor.execute(this::dispatch);
        } catch (RejectedExecutionException e) {
            // stopping: the next instance takes the new deliveries up
        }
    }

    synchronized void dispatch() {
        if (!claiming) {
            return;
        }
        int free = slots.availablePermits();
        if (free == 0) {
            return;
        }
        List<DeliveryClaims.Claimed> claimed = claims.claim(free);
        for (DeliveryClaims.Claimed claim : claimed) {
            slots.acquireUninterruptibly();
            executor.execute(() -> {
                try {
                    attempt(claim);
                } finally {
                    slots.release();
                }
            });
        }
    }

    /** Resumes claiming after {@link #stop(Duration)}; a new instance starts claiming by itself. */
    public synchronized void start() {
        if (!claiming) {
            executor = newExecutor();
            claiming = true;
        }
    }

    /**
     * Stops claiming, releases claimed deliveries whose sending has not begun, and waits up to {@code timeout}
     * for the sends under way; returns whether they all finished. One still running after that is cut off and
     * goes out again when its lease ends (with the same delivery id, so that the target can tell).
     */
    public boolean stop(Duration timeout) {
        ManagedExecutor running;
        synchronized (this) {
            // dispatch holds this lock while it claims: once here, nothing is being claimed
            claiming = false;
            running = executor;
        }
        running.shutdown();
        try {
            if (running.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.warnf("deliveries still being sent after %s: cut off, to be sent again after their lease", timeout);
        running.shutdownNow();
        return false;
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stop(drainTimeout);
    }

    /** One attempt, in a span that continues the trace of the work that created the delivery. */
    private void attempt(DeliveryClaims.Claimed claim) {
        String id = claim.id();
        if (!claiming) {
            claims.release(id);
            return;
        }
        Span span = tracer.spanBuilder("delivery send").setSpanKind(SpanKind.CLIENT)
                .setParent(claim.trace().context()).setAttribute(DELIVERY_ID, id).startSpan();
        try (TraceScope scope = TraceScope.enter(span.storeInContext(claim.trace().context()))) {
            try {
                transmitter.send(composer.compose(id), id);
            } catch (DeliveryFailure e) {
                span.setStatus(StatusCode.ERROR, e.permanent() ? "refused" : "failed");
                LOG.infof("delivery %s failed: %s", id, e.getMessage());
                claims.failed(id, e.getMessage(), e.permanent());
                return;
            } catch (RuntimeException e) {
                span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
                LOG.warnf("delivery %s failed: %s", id, e.getClass().getName());
                claims.failed(id, e.getClass().getSimpleName(), false);
                return;
            }
            recordSent(id);
        } finally {
            span.end();
        }
    }

    /**
     * The target has it: that must be recorded, or the delivery would be sent again when its lease ends.
     * While the database is briefly unreachable (a restart, a failover), keep trying within the lease.
     */
    private void recordSent(String id) {
        Instant giveUp = Instant.now().plus(recordFor);
        while (true) {
            try {
                claims.succeeded(id);
                return;
            } catch (RuntimeException e) {
                if (Instant.now().isAfter(giveUp)) {
                    LOG.warnf("delivery %s was sent but could not be recorded (%s): it will be sent again, with the same id",
                            id, e.getClass().getName());
                    return;
                }
                try {
                    Thread.sleep(RECORD_RETRY.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @PreDestroy
    void destroy() {
        executor.shutdownNow();
    }
}
