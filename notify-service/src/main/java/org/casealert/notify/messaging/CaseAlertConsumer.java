package org.casealert.notify.messaging;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.EventCodec;
import org.casealert.events.MalformedEventException;
import org.casealert.events.Topics;
import org.casealert.notify.alert.AlertFanOut;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * Consumes {@code case-alerts}. An alert that cannot be parsed, or lacks what every alert carries, goes to the
 * dead-letter topic and the consumer goes on; other failures are retried with backoff until they pass, so no
 * alert is skipped.
 */
@ApplicationScoped
public class CaseAlertConsumer {

    private final AlertFanOut fanOut;

    CaseAlertConsumer(AlertFanOut fanOut) {
        this.fanOut = fanOut;
    }

    @Incoming(Topics.CASE_ALERTS)
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(String value) {
        fanOut.onAlert(EventCodec.readCaseAlert(value), value);
    }
}
