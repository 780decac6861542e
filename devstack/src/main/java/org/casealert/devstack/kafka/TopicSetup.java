package org.casealert.devstack.kafka;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.casealert.events.Topics;

/** Creates the contract's topics (and their dead-letter topics), as Strimzi's KafkaTopics do in production. */
public final class TopicSetup {

    public static final List<String> ALL = List.of(Topics.DETENTION_REPORTS, Topics.CASE_ALERTS,
            Topics.DETENTION_REPORTS + ".dlq", Topics.CASE_ALERTS + ".dlq");

    private TopicSetup() {
    }

    public static void createTopics(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = ALL.stream().filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, BrokerSettings.PARTITIONS, (short) 1).configs(
                            Map.of("max.message.bytes", String.valueOf(BrokerSettings.MAX_MESSAGE_BYTES))))
                    .collect(Collectors.toList());
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create the topics", e);
        }
    }
}
