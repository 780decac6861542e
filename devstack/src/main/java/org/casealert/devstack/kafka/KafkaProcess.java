package org.casealert.devstack.kafka;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.casealert.devstack.process.ChildProcess;
import org.casealert.devstack.process.Jvm;

/**
 * A real KRaft broker (combined broker and controller) in a child JVM running {@code kafka.Kafka}
 * from the devstack's own Kafka jars. Its log directory is formatted once and kept, so topics and
 * offsets survive a restart of the devstack.
 */
public final class KafkaProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final ChildProcess process;
    private final String bootstrapServers;

    private KafkaProcess(ChildProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaProcess start(Path directory, int port, int controllerPort, Jvm jvm, PrintStream console)
            throws IOException {
        Path properties = writeServerProperties(directory.toAbsolutePath(), port, controllerPort);
        String classPath = Jvm.ownClassPath();
        List<String> logging = List.of("-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider",
                "-Dorg.apache.logging.log4j.simplelog.level=WARN",
                "-Dorg.apache.logging.log4j.simplelog.logFile=system.out",
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider");
        if (!Files.exists(directory.resolve("logs").resolve("meta.properties"))) {
            ChildProcess.runToCompletion("kafka-storage format",
                    jvm.command(logging, List.of("-cp", classPath, "kafka.tools.StorageTool", "format", "-t",
                            Uuid.randomUuid().toString(), "-c", properties.toString())),
                    directory, Duration.ofMinutes(1));
        }
        List<String> options = new java.util.ArrayList<>(List.of("-Xms128m", "-Xmx512m"));
        options.addAll(logging);
        ChildProcess process = ChildProcess.start("kafka",
                jvm.command(options, List.of("-cp", classPath, "kafka.Kafka", properties.toString())), Map.of(),
                directory, console);
        String bootstrap = "127.0.0.1:" + port;
        awaitReady(process, bootstrap);
        return new KafkaProcess(process, bootstrap);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }

    private static Path writeServerProperties(Path directory, int port, int controllerPort) throws IOException {
        Files.createDirectories(directory);
        StringBuilder text = new StringBuilder("# written by the devstack launcher\n");
        Map.of("process.roles", "broker,controller",
                "node.id", "1",
                "controller.quorum.voters", "1@127.0.0.1:" + controllerPort,
                "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners", "PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names", "CONTROLLER",
                "inter.broker.listener.name", "PLAINTEXT",
                "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs", directory.resolve("logs").toString())
                .forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        BrokerSettings.singleNode().forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path properties = directory.resolve("server.properties");
        Files.writeString(properties, text);
        return properties;
    }

    private static void awaitReady(ChildProcess process, String bootstrap) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited while starting; see its lines above");
            }
            try (Admin admin = Admin.create(config)) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                sleep();
            }
        }
        process.stop(Duration.ofSeconds(5));
        throw new IllegalStateException("the Kafka broker was not ready within " + START_TIMEOUT.toSeconds() + " s");
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }
}
