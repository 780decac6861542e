package org.casealert.devstack.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

/** Broker settings for a single node: internal topics with one replica, no rebalance delay. */
final class BrokerSettings {

    static final int PARTITIONS = 3;

    private BrokerSettings() {
    }

    static Map<String, String> singleNode() {
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
        return settings;
    }
}
