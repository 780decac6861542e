package org.casealert.devstack.kafka;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.casealert.devstack.process.ChildProcess;
import org.casealert.devstack.process.Jvm;
import org.casealert.devstack.process.Supervised;

/**
 * A real KRaft broker (combined broker and controller) in a child JVM running {@code kafka.Kafka}
 * from the devstack's own Kafka jars. Its log directory is formatted once and kept, so topics and
 * offsets survive a restart, of the broker or of the devstack.
 */
public final class KafkaProcess implements Supervised {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> QUIET_LOGGING = List.of(
            "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider",
            "-Dorg.apache.logging.log4j.simplelog.level=WARN",
            "-Dorg.apache.logging.log4j.simplelog.logFile=system.out",
            "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider");

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final Jvm jvm;
    private final PrintStream console;
    private volatile ChildProcess process;

    public KafkaProcess(Path directory, int port, int controllerPort, Jvm jvm, PrintStream console) {
        this.directory = directory.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.jvm = jvm;
        this.console = console;
    }

    @Override
    public String name() {
        return "kafka";
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public synchronized void start() {
        try {
            Path properties = writeServerProperties();
            String classPath = Jvm.ownClassPath();
            if (!Files.exists(directory.resolve("logs").resolve("meta.properties"))) {
                ChildProcess.runToCompletion("kafka-storage format",
                        jvm.command(QUIET_LOGGING, List.of("-cp", classPath, "kafka.tools.StorageTool", "format", "-t",
                                Uuid.randomUuid().toString(), "-c", properties.toString())),
                        directory, Duration.ofMinutes(1));
            }
            List<String> options = new ArrayList<>(List.of("-Xms128m", "-Xmx512m"));
            options.addAll(QUIET_LOGGING);
            process = ChildProcess.start("kafka",
                    jvm.command(options, List.of("-cp", classPath, "kafka.Kafka", properties.toString())), Map.of(),
                    directory, console);
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the Kafka directory", e);
        }
    }

    @Override
    public void stop() {
        ChildProcess running = process;
        if (running != null) {
            running.stop(Duration.ofSeconds(20));
        }
    }

    @Override
    public void kill() {
        ChildProcess running = process;
        if (running != null) {
            running.kill();
        }
    }

    @Override
    public boolean isAlive() {
        ChildProcess running = process;
        return running != null && running.isAlive();
    }

    private Path writeServerProperties() throws IOException {
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

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited while starting; see its lines above");
            }
            try (Admin admin = Admin.create(config)) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                pause();
            }
        }
        process.stop(Duration.ofSeconds(5));
        throw new IllegalStateException("the Kafka broker was not ready within " + START_TIMEOUT.toSeconds() + " s");
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }
}
