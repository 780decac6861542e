package org.casealert.alert.messaging;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.casealert.alert.cases.ReportApplier;
import org.casealert.events.DetentionReported;
import org.casealert.events.EventCodec;
import org.casealert.events.MalformedEventException;
import org.casealert.events.Topics;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * Consumes {@code detention-reports} a poll batch at a time, applied in one transaction. A value that is
 * not a v1 event goes to the dead-letter topic at once. When the batch fails, its reports are applied one
 * by one, so that one poison report goes to the dead-letter topic and the rest are applied; a failure that
 * will pass (PostgreSQL away, a deadlock) is retried with backoff until it does, holding the partitions,
 * so no report is skipped.
 */
@ApplicationScoped
public class DetentionReportConsumer {

    private static final Logger LOG = Logger.getLogger(DetentionReportConsumer.class);

    private final ReportApplier applier;
    private final DeadLetters deadLetters;
    private final Failures failures;

    DetentionReportConsumer(ReportApplier applier, DeadLetters deadLetters, Failures failures) {
        this.applier = applier;
        this.deadLetters = deadLetters;
        this.failures = failures;
    }

    @Incoming(Topics.DETENTION_REPORTS)
    @Blocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> readable = new ArrayList<>();
        List<DetentionReported> reports = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                reports.add(EventCodec.readDetentionReported(record.value()));
                readable.add(record);
            } catch (MalformedEventException malformed) {
                deadLetters.send(record, malformed);
            }
        }
        if (reports.isEmpty()) {
            return;
        }
        try {
            applier.apply(reports);
        } catch (RuntimeException batchFailure) {
            if (reports.size() == 1 || failures.willPass(batchFailure)) {
                failOrPark(readable.get(0), batchFailure, reports.size() == 1);
                return;
            }
            LOG.warnf("a batch of %d reports failed (%s); applying them one by one", reports.size(),
                    batchFailure.getClass().getName());
            for (int i = 0; i < reports.size(); i++) {
                try {
                    applier.apply(reports.get(i));
                } catch (RuntimeException failure) {
                    failOrPark(readable.get(i), failure, true);
                }
            }
        }
    }

    /** Rethrows a failure that will pass, to be retried; sends the report of one that will not to the dead letters. */
    private void failOrPark(ConsumerRecord<String, String> record, RuntimeException failure, boolean alone) {
        if (!alone || failures.willPass(failure)) {
            throw failure;
        }
        LOG.errorf("report at %s-%d offset %d cannot be applied (%s); sent to the dead-letter topic", record.topic(),
                record.partition(), record.offset(), failure.getClass().getName());
        deadLetters.send(record, failure);
    }
}
