package org.casealert.devstack.launcher;

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

/** One packaged service ({@code MODULE/target/quarkus-app/quarkus-run.jar}) running in the dev profile. */
final class ServiceProcess {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final ChildProcess process;
    private final String url;

    private ServiceProcess(String name, ChildProcess process, String url) {
        this.name = name;
        this.process = process;
        this.url = url;
    }

    static ServiceProcess start(String name, Path root, int port, Map<String, String> config, Jvm jvm,
            PrintStream console) {
        Path jar = root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw install -DskipTests");
        }
        List<String> options = new ArrayList<>(List.of("-Xms64m", "-Xmx384m", "-Dquarkus.profile=dev",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
        config.forEach((key, value) -> options.add("-D" + key + "=" + value));
        ChildProcess process = ChildProcess.start(name, jvm.command(options, List.of("-jar", jar.toString())),
                Map.of(), root, console);
        return new ServiceProcess(name, process, "http://127.0.0.1:" + port);
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    ChildProcess process() {
        return process;
    }

    void awaitReady(HttpClient http) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(2))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited while starting; see its lines above");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
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
