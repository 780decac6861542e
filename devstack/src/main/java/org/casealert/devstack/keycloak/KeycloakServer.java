package org.casealert.devstack.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.casealert.devstack.process.ChildProcess;
import org.casealert.devstack.process.Jvm;
import org.casealert.devstack.process.Supervised;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keycloak from its Maven Central distribution ({@code org.keycloak:keycloak-quarkus-dist}, a zip the
 * devstack build copies to {@code devstack/target/keycloak/}), run as a child JVM on a JDK 21+ of this
 * machine. It is unpacked and built ({@code kc.sh build}: Quarkus' augmentation, about 30 s) once into the
 * state directory, then started optimized with its dev-file database there. At its first start it imports
 * the {@code case-alert} realm: the three roles as the {@code groups} claim, a web client per service, the
 * {@code devstack-cli} client for tokens, and the users of {@link #LOGINS}. Nothing here is for production.
 */
public final class KeycloakServer implements Supervised {

    public static final String REALM = "case-alert";
    /** username → password of the dev users; the role is the username. */
    public static final Map<String, String> LOGINS = Map.of("hotline", "hotline-dev", "advocate", "advocate-dev",
            "operator", "operator-dev");
    /** Client secrets of the services' web sign-in, as the realm file sets them (dev only). */
    public static final Map<String, String> CLIENT_SECRETS = Map.of("intake", "devstack-intake-secret-not-for-production",
            "alert",
            "devstack-alert-secret-not-for-production", "notify", "devstack-notify-secret-not-for-production");

    private static final String ADMIN = "devstack-admin";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=false",
            "--metrics-enabled=false");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path distribution;
    private final Path directory;
    private final int port;
    private final Map<String, String> serviceUrls;
    private final Jvm jvm;
    private final PrintStream console;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String adminPassword;
    private Path javaHome;
    private Path home;
    private volatile ChildProcess process;

    /** {@code serviceUrls}: intake, alert, notify → their base URLs, for the clients' redirect URIs. */
    public KeycloakServer(Path distribution, Path directory, int port, Map<String, String> serviceUrls, Jvm jvm,
            PrintStream console) {
        this.distribution = distribution;
        this.directory = directory.toAbsolutePath();
        this.port = port;
        this.serviceUrls = serviceUrls;
        this.jvm = jvm;
        this.console = console;
        this.adminPassword = adminPassword(this.directory.resolve("admin-password"));
    }

    /** Keycloak creates its bootstrap admin once, at the first start: the password is made then and kept. */
    private static String adminPassword(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, password);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep Keycloak's admin password in " + file, e);
        }
    }

    @Override
    public String name() {
        return "keycloak";
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The realm's issuer, as tokens carry it and {@code quarkus.oidc.auth-server-url} takes it. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** Unpacks, builds and writes the realm file when needed; the slow part of the first start. */
    public synchronized void prepare() {
        if (!Files.isRegularFile(distribution)) {
            throw new IllegalStateException(distribution + " is missing: build the devstack module first");
        }
        javaHome = NewerJdk.find();
        try {
            home = unpack();
            Path built = home.resolve("devstack-built.txt");
            String buildKey = String.join(" ", BUILD_OPTIONS);
            if (!Files.isRegularFile(built) || !Files.readString(built).equals(buildKey)) {
                say("building Keycloak once (" + home.getFileName() + " on " + javaHome.getFileName() + ")");
                ChildProcess.runToCompletion("keycloak build", command(concat(List.of("build"), BUILD_OPTIONS)), home,
                        Duration.ofMinutes(5));
                Files.writeString(built, buildKey);
            }
            Path imports = Files.createDirectories(home.resolve("data/import"));
            String realm;
            try (InputStream template = KeycloakServer.class.getResourceAsStream("/keycloak/case-alert-realm.json")) {
                realm = new String(template.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (Map.Entry<String, String> service : serviceUrls.entrySet()) {
                realm = realm.replace("${" + service.getKey().toUpperCase() + "_URL}", service.getValue());
            }
            Files.writeString(imports.resolve(REALM + "-realm.json"), realm);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Keycloak in " + directory, e);
        }
    }

    /** Starts without waiting; see {@link #awaitReady()}. */
    public synchronized void launch() {
        if (home == null) {
            prepare();
        }
        process = ChildProcess.start("keycloak",
                command(List.of("start", "--optimized", "--http-enabled=true", "--http-host=127.0.0.1",
                        "--http-port=" + port, "--hostname=" + url(), "--import-realm",
                        "--bootstrap-admin-username=" + ADMIN, "--bootstrap-admin-password=" + adminPassword)),
                Map.of(), home, console);
    }

    @Override
    public void start() {
        launch();
        awaitReady();
    }

    public void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(3)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!isAlive()) {
                throw new IllegalStateException("Keycloak exited while starting; see its lines above");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            pause();
        }
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT.toSeconds() + " s");
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

    /** An access token for a dev user from the {@code devstack-cli} client (valid for a day). */
    public String token(String username) {
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", "devstack-cli", "scope", "openid",
                        "username", username, "password", LOGINS.get(username)))));
        return answer.path("access_token").asText();
    }

    /**
     * Makes {@code username}'s tokens speak for the hotline {@code hotlineId} (the {@code hotline} claim). The
     * hotline's id is known only once intake runs, so it is set through the admin API, after the realm's user
     * profile is told to keep attributes it does not declare.
     */
    public void assignHotline(String username, String hotlineId) {
        String admin = send(HttpRequest.newBuilder(URI.create(url() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", ADMIN, "password",
                        adminPassword))))
                .path("access_token").asText();
        String realmAdmin = url() + "/admin/realms/" + REALM;
        ObjectNode profile = (ObjectNode) send(authorized(admin, realmAdmin + "/users/profile").GET());
        if (!"ENABLED".equals(profile.path("unmanagedAttributePolicy").asText())) {
            profile.put("unmanagedAttributePolicy", "ENABLED");
            send(authorized(admin, realmAdmin + "/users/profile").PUT(json(profile)));
        }
        JsonNode found = send(authorized(admin, realmAdmin + "/users?exact=true&username=" + username).GET());
        ObjectNode user = (ObjectNode) found.get(0);
        user.putObject("attributes").putArray("hotline").add(hotlineId);
        send(authorized(admin, realmAdmin + "/users/" + user.path("id").asText()).PUT(json(user)));
    }

    private List<String> command(List<String> arguments) {
        List<String> options = new ArrayList<>(List.of("-Xms64m", "-Xmx512m", "-XX:MetaspaceSize=96M",
                "-XX:MaxMetaspaceSize=256m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
                "-Djava.security.egd=file:/dev/urandom", "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.security=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED", "-Duser.language=en", "-Duser.country=US",
                "-Djava.util.concurrent.ForkJoinPool.common.threadFactory=io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory",
                "-Dkc.home.dir=" + home, "-Djboss.server.config.dir=" + home.resolve("conf"),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-Dpicocli.disable.closures=true",
                "-Dquarkus-log-max-startup-records=10000"));
        List<String> main = concat(List.of("-cp", home.resolve("lib/quarkus-run.jar").toString(),
                "io.quarkus.bootstrap.runner.QuarkusEntryPoint"), arguments);
        return jvm.command(javaHome, options, main);
    }

    /** The distribution's top directory ({@code keycloak-26.7.3}) under {@link #directory}, unpacked once. */
    private Path unpack() throws IOException {
        try (ZipFile zip = new ZipFile(distribution.toFile())) {
            String top = zip.entries().nextElement().getName().split("/")[0];
            Path target = directory.resolve(top);
            if (Files.isRegularFile(target.resolve("lib/quarkus-run.jar"))) {
                return target;
            }
            say("unpacking " + distribution.getFileName());
            Files.createDirectories(directory);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path path = directory.resolve(entry.getName()).normalize();
                if (!path.startsWith(directory)) {
                    throw new IOException("entry outside the directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        }
    }

    private HttpRequest.Builder authorized(String token, String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher json(JsonNode body) {
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
                        + request.build().uri().getPath());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private void say(String message) {
        console.println("devstack| " + message);
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
