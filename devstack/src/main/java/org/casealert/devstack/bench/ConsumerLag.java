package org.casealert.devstack.bench;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Reports intake published that a consumer group has not consumed yet: alert-service is idle when its
 * group's lag on {@code detention-reports} is 0 (as far as its last offset commit tells, a few seconds
 * behind at most).
 */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;
    private final String group;
    private final String topic;

    ConsumerLag(String bootstrapServers, String group, String topic) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.group = group;
        this.topic = topic;
    }

    /** The lag summed over the topic's partitions; empty if the group has committed nothing for it. */
    OptionalLong lag() throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (committed.isEmpty()) {
                return OptionalLong.empty();
            }
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(topic).partitions().stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            long lag = 0;
            for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : admin
                    .listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet()) {
                OffsetAndMetadata position = committed.get(end.getKey());
                lag += end.getValue().offset() - (position == null ? 0 : position.offset());
            }
            return OptionalLong.of(lag);
        } catch (ExecutionException | TimeoutException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
