package org.casealert.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.casealert.devstack.launcher.EnvFile;

/**
 * The whole system as a developer runs it: {@code java -jar devstack/target/devstack.jar}, here on
 * ports, a state directory and databases of its own, so it does not disturb a devstack already running.
 * Its output goes to {@code e2e/target/stack.log}.
 */
final class Stack implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process launcher;
    private final Map<String, String> env;
    private final Path log;

    private Stack(Process launcher, Map<String, String> env, Path log) {
        this.launcher = launcher;
        this.env = env;
        this.log = log;
    }

    static Stack start() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("casealert.root", "..")).toAbsolutePath().normalize();
        Path target = root.resolve("e2e/target");
        Path envFile = target.resolve("stack.env");
        Path log = target.resolve("stack.log");
        Files.deleteIfExists(envFile);
        int kafka = freePortPair();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + target, "-jar", root.resolve("devstack/target/devstack.jar").toString(), "--fresh",
                "--root", root.toString(), "--state-dir", target.resolve("stack").toString(),
                "--env-file", envFile.toString(), "--db-prefix", "e2e_",
                "--intake-port", String.valueOf(freePort()), "--alert-port", String.valueOf(freePort()),
                "--alert2-port", String.valueOf(freePort()),
                "--notify-port", String.valueOf(freePort()), "--kafka-port", String.valueOf(kafka),
                "--smtp-port", String.valueOf(freePort()), "--inbox-port", String.valueOf(freePort())));
        Process launcher = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Files.exists(envFile)) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("the devstack exited; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                launcher.destroyForcibly();
                throw new IllegalStateException("the devstack was not ready in time; see " + log);
            }
            Thread.sleep(500);
        }
        return new Stack(launcher, EnvFile.read(envFile), log);
    }

    String env(String key) {
        String value = env.get(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not in the env file");
        }
        return value;
    }

    /** Stages a fault through the launcher's control API: stop, start, kill or restart kafka or a service. */
    void control(String part, String action) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(env("CONTROL_URL") + "/" + part + "/" + action))
                        .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(3)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(action + " " + part + ": " + response.body());
        }
    }

    /** Waits until the service at {@code urlKey} (e.g. NOTIFY_URL) answers ready, as after a restart. */
    void awaitReady(String urlKey) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(env(urlKey) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(urlKey + " did not come back; see " + log);
    }

    /** Every process the launcher started, still running. */
    List<ProcessHandle> children() {
        return launcher.descendants().filter(ProcessHandle::isAlive).toList();
    }

    Path log() {
        return log;
    }

    /** SIGTERM, as Ctrl-C or a container stop would send; returns what is still running afterwards. */
    List<ProcessHandle> stop() throws InterruptedException {
        List<ProcessHandle> children = children();
        launcher.destroy();
        if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
            launcher.destroyForcibly();
        }
        Instant deadline = Instant.now().plusSeconds(20);
        while (children.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        return children.stream().filter(ProcessHandle::isAlive).toList();
    }

    @Override
    public void close() throws InterruptedException {
        if (launcher.isAlive()) {
            stop().forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A port whose successor is free too (the broker's controller takes port + 1). */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no two free ports in a row");
    }
}
