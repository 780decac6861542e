package org.casealert.devstack.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.casealert.events.Topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads {@code case-alerts} from its end at the start of the run, without a consumer group: every
 * alert the alert service published while the benchmark ran, and when (the record's timestamp, set
 * when its outbox relay sent it).
 */
final class AlertTap implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One alert as published. */
    record Alert(String eventId, String kind, String level, String caseId, String corridor, List<String> reportIds,
            String batchId, int batchCases, Instant occurredAt, Instant publishedAt) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final Thread reader;
    private final List<Alert> alerts = new CopyOnWriteArrayList<>();
    private final Map<String, Alert> firstByReport = new ConcurrentHashMap<>();
    private volatile Instant lastSeenAt = Instant.now();
    private volatile boolean closed;

    AlertTap(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_ALERTS, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // the end now, not when the first poll runs
        reader = new Thread(this::read, "bench-alert-tap");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            while (!closed) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    parse(record).ifPresent(this::add);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void add(Alert alert) {
        alerts.add(alert);
        for (String reportId : alert.reportIds()) {
            firstByReport.merge(reportId, alert, (a, b) -> a.publishedAt().isAfter(b.publishedAt()) ? b : a);
        }
        lastSeenAt = Instant.now();
    }

    private static Optional<Alert> parse(ConsumerRecord<String, String> record) {
        try {
            JsonNode alert = JSON.readTree(record.value());
            JsonNode summary = alert.path("case");
            List<String> reportIds = new ArrayList<>();
            summary.path("reportIds").forEach(id -> reportIds.add(id.asText()));
            JsonNode batch = summary.path("batch");
            return Optional.of(new Alert(alert.path("eventId").asText(), alert.path("kind").asText(),
                    summary.path("level").asText(), summary.path("id").asText(), summary.path("corridor").asText(null),
                    reportIds, batch.path("id").asText(null), batch.path("cases").asInt(0),
                    Instant.parse(alert.path("occurredAt").asText()), Instant.ofEpochMilli(record.timestamp())));
        } catch (IOException | RuntimeException e) {
            System.err.println("bench: an unreadable alert at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Every alert published since the tap opened. */
    List<Alert> alerts() {
        return List.copyOf(alerts);
    }

    /** The first alert that names a report. */
    Optional<Alert> firstNaming(String reportId) {
        return Optional.ofNullable(firstByReport.get(reportId));
    }

    /** How long since the last alert arrived (or the tap opened). */
    Duration quietFor() {
        return Duration.between(lastSeenAt, Instant.now());
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        consumer.wakeup();
        reader.join(5000);
    }
}
