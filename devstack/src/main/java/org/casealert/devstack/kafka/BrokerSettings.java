package org.casealert.devstack.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

/** Broker settings for a single node: internal topics with one replica, no rebalance delay. */
public final class BrokerSettings {

    static final int PARTITIONS = 3;

    /**
     * The largest record batch a topic takes, as in deploy/'s KafkaTopics: Kafka's default, 1 MiB and the log's
     * 12 bytes, written out so that the producers' max.request.size (1 MiB) and the consumers' fetch sizes
     * (this) stay matched to it, and intake's event limit (900 KiB) stays under it.
     */
    static final int MAX_MESSAGE_BYTES = 1_048_588;

    private BrokerSettings() {
    }

    public static Map<String, String> singleNode() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("num.partitions", String.valueOf(PARTITIONS));
        settings.put("default.replication.factor", "1");
        settings.put("min.insync.replicas", "1");
        settings.put("message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        return settings;
    }
}
