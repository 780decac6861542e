package org.casealert.alert.outbox;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.Topics;
import org.casealert.events.outbox.OutboxSink;
import org.eclipse.microprofile.reactive.messaging.Channel;

import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

/** The alert outbox goes to {@code case-alerts}, keyed by case id, so a case's alerts stay in order. */
@ApplicationScoped
public class CaseAlertSink implements OutboxSink {

    private final MutinyEmitter<String> emitter;

    CaseAlertSink(@Channel(Topics.CASE_ALERTS) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public CompletionStage<Void> send(String key, String payload, Context trace) {
        return emitter.sendMessage(KafkaRecord.of(key, payload).addMetadata(TracingMetadata.withCurrent(trace)))
                .subscribeAsCompletionStage();
    }
}
