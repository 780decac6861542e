package org.casealert.devstack.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casealert.events.Topics;

/**
 * The broker's own limit for what intake does per report: one record of the report's size sent and
 * acknowledged (acks=all, idempotent, as intake's producer) per call, by as many clients as intake has,
 * sharing one producer as intake's outbox does, to a topic like {@code detention-reports} that is deleted
 * afterwards.
 */
final class KafkaBaseline {

    private static final String TOPIC = "bench-baseline";

    private KafkaBaseline() {
    }

    static ClosedLoop.Throughput run(String bootstrapServers, int clients, Duration warmup, Duration measured,
            Supplier<byte[]> payloads, Callable<Map<String, Long>> cpu) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            int partitions = admin.describeTopics(List.of(Topics.DETENTION_REPORTS)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(Topics.DETENTION_REPORTS).partitions().size();
            if (admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(TOPIC)) {
                admin.deleteTopics(Set.of(TOPIC)).all().get(30, TimeUnit.SECONDS);
                Thread.sleep(1000);
            }
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config(bootstrapServers))) {
                return ClosedLoop.run(clients, warmup, measured, () -> () -> {
                    producer.send(new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), payloads.get())).get();
                    return "acknowledged";
                }, cpu);
            } finally {
                admin.deleteTopics(Set.of(TOPIC)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Properties config(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return config;
    }
}
