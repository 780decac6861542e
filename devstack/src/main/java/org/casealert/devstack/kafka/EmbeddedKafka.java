package org.casealert.devstack.kafka;

import java.nio.file.Path;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.BrokerServer;

/**
 * A real single-node KRaft broker inside the current JVM, built on Kafka's own test kit. The broker
 * can be stopped and started again on the same port, so tests can take Kafka away and bring it back.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private EmbeddedKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static EmbeddedKafka start(Path baseDirectory) {
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    // the test kit's default is a testing metadata version, refused with unstable features off
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .setBaseDirectory(baseDirectory)
                    .build();
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
            BrokerSettings.singleNode().forEach(builder::setConfigProp);
            KafkaClusterTestKit cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new EmbeddedKafka(cluster);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Stops the broker (the controller keeps running); clients see Kafka as down. */
    public void stopBroker() {
        cluster.brokers().values().forEach(BrokerServer::shutdown);
        cluster.brokers().values().forEach(BrokerServer::awaitShutdown);
    }

    /**
     * Starts the stopped broker again on its old port and waits until it serves. The broker loads some of its
     * parts by name through the thread's context class loader: that must be the loader it was started from, not
     * that of a test run by a later Quarkus application (another test profile), whose Kafka classes are others.
     */
    public void startBroker() {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(BrokerServer.class.getClassLoader());
        try {
            cluster.brokers().values().forEach(BrokerServer::startup);
            cluster.waitForReadyBrokers();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restarting Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not come back", e);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not stop cleanly", e);
        }
    }
}
