package org.casealert.devstack.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.casealert.devstack.kafka.EmbeddedKafka;
import org.casealert.devstack.kafka.TopicSetup;

/**
 * The test JVM's Kafka broker (in-JVM KRaft, or a container in the profile {@code containers}), started at first use
 * with the contract's topics.
 */
public final class TestKafka {

    private static final String KEY = "casealert.devstack.test-kafka";

    private TestKafka() {
    }

    public static String bootstrapServers() {
        return (String) broker().get("bootstrap");
    }

    /** Takes the broker away; producers and consumers see Kafka down until {@link #startBroker()}. */
    public static void stopBroker() {
        ((Runnable) broker().get("stop")).run();
    }

    public static void startBroker() {
        ((Runnable) broker().get("start")).run();
    }

    private static Map<String, Object> broker() {
        return JvmWide.computeIfAbsent(KEY, () -> ContainersProfile.active() ? TestContainers.kafka() : inJvmBroker());
    }

    private static Map<String, Object> inJvmBroker() {
        try {
            Path base = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "kafka-");
            EmbeddedKafka kafka = EmbeddedKafka.start(base);
            TopicSetup.createTopics(kafka.bootstrapServers());
            JvmWide.onExit("kafka", kafka::close);
            return Map.of("bootstrap", kafka.bootstrapServers(), "stop", (Runnable) kafka::stopBroker, "start",
                    (Runnable) kafka::startBroker);
        } catch (IOException e) {
            throw new IllegalStateException("no directory for Kafka", e);
        }
    }
}
