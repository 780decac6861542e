package org.casealert.devstack.testing;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BiConsumer;

import org.casealert.devstack.keycloak.KeycloakServer;
import org.casealert.devstack.process.Jvm;

/**
 * The test JVM's Keycloak, started at first use and shared by every test class of the JVM (it takes 20 to 40 s,
 * and its build about 30 s more the first time in a module). Its realm is the devstack's, with the services'
 * redirect URIs on {@link #servicePort()}: the one HTTP port the service under test listens on while signing in
 * is tested. The distribution is the one the build put in the local Maven repository; its files live under
 * {@code target/keycloak/}, its output in {@code target/keycloak.log}, and its realm is imported anew each run.
 */
public final class TestKeycloak {

    private static final String KEY = "casealert.devstack.test-keycloak";

    private TestKeycloak() {
    }

    public static String issuer() {
        return (String) server().get("issuer");
    }

    /** The port the service under test must listen on, as the realm's redirect URIs name it. */
    public static int servicePort() {
        return (Integer) server().get("service-port");
    }

    /** Makes {@code username}'s next sign-in speak for the hotline {@code hotlineId} (its {@code hotline} claim). */
    @SuppressWarnings("unchecked")
    public static void assignHotline(String username, String hotlineId) {
        ((BiConsumer<String, String>) server().get("assign-hotline")).accept(username, hotlineId);
    }

    private static Map<String, Object> server() {
        return JvmWide.computeIfAbsent(KEY, () -> {
            Path target = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
            int servicePort = freePort();
            // the host name @TestHTTPResource and RestAssured use
            String serviceUrl = "http://localhost:" + servicePort;
            Path directory = target.resolve("keycloak");
            forgetRealm(directory);
            try {
                PrintStream log = new PrintStream(new FileOutputStream(target.resolve("keycloak.log").toFile(), true),
                        true, StandardCharsets.UTF_8);
                KeycloakServer keycloak = new KeycloakServer(distribution(), directory, freePort(),
                        Map.of("intake", serviceUrl, "alert", serviceUrl, "notify", serviceUrl),
                        new Jvm(Path.of("..", "devstack", "target", "devstack-watchdog.jar"), target.resolve("keycloak-tmp")),
                        log);
                keycloak.start();
                JvmWide.onExit("keycloak", keycloak::stop);
                BiConsumer<String, String> assignHotline = keycloak::assignHotline;
                return Map.of("issuer", keycloak.issuer(), "service-port", servicePort, "assign-hotline", assignHotline);
            } catch (IOException e) {
                throw new UncheckedIOException("no log file for Keycloak under " + target, e);
            }
        });
    }

    /** {@code org.keycloak:keycloak-quarkus-dist} in the local repository (the surefire configuration names both). */
    private static Path distribution() {
        String repository = System.getProperty("casealert.maven.repository",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        String version = System.getProperty("casealert.keycloak.version");
        if (version == null) {
            throw new IllegalStateException("casealert.keycloak.version is not set; run the tests through Maven");
        }
        return Path.of(repository, "org", "keycloak", "keycloak-quarkus-dist", version,
                "keycloak-quarkus-dist-" + version + ".zip");
    }

    /** The dev-file database of an earlier run holds that run's redirect URIs: the realm is imported again. */
    private static void forgetRealm(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var homes = Files.list(directory)) {
            for (Path home : homes.toList()) {
                Path database = home.resolve("data").resolve("h2");
                if (Files.isDirectory(database)) {
                    try (var files = Files.walk(database)) {
                        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot forget the last run's realm in " + directory, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
