package org.casealert.intake.outbox;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.Topics;
import org.casealert.events.outbox.OutboxMessage;
import org.casealert.events.outbox.OutboxSink;
import org.casealert.intake.report.Report;
import org.eclipse.microprofile.reactive.messaging.Channel;

import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

/** The intake outbox goes to {@code detention-reports}, keyed by report id; a published event marks its report. */
@ApplicationScoped
public class DetentionReportSink implements OutboxSink {

    private final MutinyEmitter<String> emitter;

    DetentionReportSink(@Channel(Topics.DETENTION_REPORTS) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public CompletionStage<Void> send(String key, String payload, Context trace) {
        return emitter.sendMessage(KafkaRecord.of(key, payload).addMetadata(TracingMetadata.withCurrent(trace)))
                .subscribeAsCompletionStage();
    }

    @Override
    public void published(OutboxMessage message) {
        Report.update("publishedAt = ?1 where id = ?2 and publishedAt is null", message.publishedAt, message.messageKey);
    }
}
