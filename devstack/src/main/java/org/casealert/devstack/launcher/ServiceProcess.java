package org.casealert.devstack.launcher;

import java.io.IOException;
import java.io.PrintStream;
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

import org.casealert.devstack.process.ChildProcess;
import org.casealert.devstack.process.Jvm;
import org.casealert.devstack.process.Supervised;

/**
 * One packaged service ({@code MODULE-service/target/quarkus-app/quarkus-run.jar}) running in the dev profile,
 * under a name of its own (a module may run twice: alert and alert2).
 */
final class ServiceProcess implements Supervised {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final List<String> command;
    private final Path root;
    private final PrintStream console;
    private final String url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile ChildProcess process;

    ServiceProcess(String name, String module, Path root, int port, Map<String, String> config, Jvm jvm,
            PrintStream console) {
        Path jar = root.resolve(module + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw install -DskipTests");
        }
        List<String> options = new ArrayList<>(List.of("-Xms64m", "-Xmx384m", "-Dquarkus.profile=dev",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
        config.forEach((key, value) -> options.add("-D" + key + "=" + value));
        this.name = name;
        this.command = jvm.command(options, List.of("-jar", jar.toString()));
        this.root = root;
        this.console = console;
        this.url = "http://127.0.0.1:" + port;
    }

    @Override
    public String name() {
        return name;
    }

    String url() {
        return url;
    }

    /** Launches the service without waiting for it; see {@link #awaitReady()}. */
    void launch() {
        process = ChildProcess.start(name, command, Map.of(), root, console);
    }

    @Override
    public void start() {
        launch();
        awaitReady();
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

    void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(2))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!isAlive()) {
                throw new IllegalStateException(name + " exited while starting; see its lines above");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            pause();
        }
        throw new IllegalStateException(name + " was not ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
