package org.casealert.devstack.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Raw access to the test broker's topics: what a test puts on a topic, and every byte on it. */
public final class TestTopics {

    private TestTopics() {
    }

    public static void send(String topic, String key, String value) {
        sendAgain(topic, List.of(new RawRecord(key, value.getBytes(StandardCharsets.UTF_8), -1, -1)));
    }

    /** Puts records on the topic again, as they were (same key, same bytes, same headers), in their order. */
    public static void sendAgain(String topic, List<RawRecord> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            List<Future<?>> sent = new ArrayList<>();
            for (RawRecord record : records) {
                ProducerRecord<String, byte[]> raw = new ProducerRecord<>(topic, record.key(), record.value());
                record.headers().forEach((name, value) -> raw.headers().add(name,
                        value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
                sent.add(producer.send(raw));
            }
            for (Future<?> each : sent) {
                each.get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** A record as stored in the topic: key and value as raw bytes, and its headers (the last value of each). */
    public record RawRecord(String key, byte[] value, int partition, long offset, Map<String, String> headers) {

        public RawRecord(String key, byte[] value, int partition, long offset) {
            this(key, value, partition, offset, Map.of());
        }

        public String valueAsString() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    /** Everything on the topic from the start, read with a consumer of its own. */
    public static List<RawRecord> readAll(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<RawRecord> records = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new HashMap<>();
                    record.headers().forEach(header -> headers.put(header.key(),
                            header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8)));
                    records.add(new RawRecord(record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                            record.value(), record.partition(), record.offset(), headers));
                }
            }
            return records;
        }
    }

    /** How many records of the topic the consumer group has not committed yet, over all partitions. */
    public static long lag(String topic, String groupId) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            Set<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).collect(Collectors.toSet());
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(partitions, Duration.ofSeconds(30));
            return partitions.stream().mapToLong(partition -> {
                OffsetAndMetadata done = committed.get(partition);
                return end.get(partition) - (done == null ? 0 : done.offset());
            }).sum();
        }
    }
}
