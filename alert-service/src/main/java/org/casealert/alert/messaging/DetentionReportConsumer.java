package org.casealert.alert.messaging;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.alert.cases.CaseService;
import org.casealert.events.EventCodec;
import org.casealert.events.MalformedEventException;
import org.casealert.events.Topics;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * Consumes {@code detention-reports}. A value that is not a v1 event goes to the dead-letter topic and
 * the consumer moves on; any other failure (PostgreSQL away, say) is retried with backoff until it
 * passes, holding the partition, so no report is skipped.
 */
@ApplicationScoped
public class DetentionReportConsumer {

    private final CaseService cases;

    DetentionReportConsumer(CaseService cases) {
        this.cases = cases;
    }

    @Incoming(Topics.DETENTION_REPORTS)
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(String value) {
        cases.onReport(EventCodec.readDetentionReported(value));
    }
}
