package org.casealert.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged services hold no keys (the devstack and the deployment give them theirs), and notify's packaged
 * configuration, its own and the shared one of events, names no ring but the alerts ring: nothing in it opens intake's
 * data or tests a name against intake's hashes. Read from the jars the build made, as a deployment runs them.
 */
class PackagedKeysIT {

    private static final Path ROOT = Path.of(System.getProperty("casealert.root", "..")).toAbsolutePath().normalize();
    /** The keys once packaged in the dev profile, and so known to anyone. */
    private static final List<String> PUBLISHED = List.of("L4UIAQgbBnF4J9+kRHYTzwil3t+qDN1mJG891j8V7tQ=",
            "UkRZ65DVyeYMtwTtXZQH7+0ro6LDZ6oleEEhLff3th4=", "8u5q3Oa7b3TlVqS8DcqjK5mQeq1Z9zD1r1oGZ0cJk5E=");

    @ParameterizedTest
    @ValueSource(strings = { "intake", "alert", "notify" })
    void noPackagedConfigurationHoldsAKey(String service) throws IOException {
        Properties config = packagedConfig(service);
        assertThat(config).isNotEmpty();
        config.forEach((name, value) -> {
            if (!value.toString().strip().matches("\\$\\{[^}]+}")) {
                // a key's property may name where the key comes from (${CASEALERT_...}), never hold one
                assertThat(name.toString()).as("a key in " + service + "'s jars").doesNotContainPattern(
                        "casealert\\.crypto\\.(reports|alerts)\\.keys\\.").doesNotEndWith("-key");
            }
            assertThat(decodesToAKey(value.toString())).as(name + " in " + service + "'s jars is a key").isFalse();
        });
        for (Path jar : jars(service)) {
            try (JarFile file = new JarFile(jar.toFile())) {
                for (JarEntry entry : file.stream().toList()) {
                    try (InputStream in = file.getInputStream(entry)) {
                        String content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                        assertThat(content).as(jar.getFileName() + "!" + entry.getName()).doesNotContain(PUBLISHED);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "notify" })
    void notifysPackagedConfigurationOpensNothingOfIntakes(String service) throws IOException {
        Properties config = packagedConfig(service);
        assertThat(config.getProperty("casealert.crypto.hops")).isEqualTo("alerts");
        assertThat(config.getProperty("casealert.crypto.hashes-names", "false")).isEqualTo("false");
        assertThat(config.stringPropertyNames()).noneMatch(name -> name.contains("casealert.crypto.reports"))
                .noneMatch(name -> name.contains("name-hash-key"));
        assertThat(config.getProperty("notify.email-hash-key")).isEqualTo("${CASEALERT_NOTIFY_EMAIL_HASH_KEY}");
    }

    /** The service's application.properties and the events jar's microprofile-config.properties, as packaged. */
    private static Properties packagedConfig(String service) throws IOException {
        Properties config = new Properties();
        for (Path jar : jars(service)) {
            try (JarFile file = new JarFile(jar.toFile())) {
                for (String name : List.of("application.properties", "META-INF/microprofile-config.properties")) {
                    JarEntry entry = file.getJarEntry(name);
                    if (entry != null) {
                        try (InputStream in = file.getInputStream(entry)) {
                            config.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
        }
        return config;
    }

    /** The service's own jar, the events jar and the generated code, in the packaged application. */
    private static List<Path> jars(String service) throws IOException {
        Path app = ROOT.resolve(service + "-service/target/quarkus-app");
        List<Path> jars = new ArrayList<>();
        for (String directory : List.of("app", "lib/main", "quarkus")) {
            try (Stream<Path> files = Files.list(app.resolve(directory))) {
                files.filter(path -> path.getFileName().toString().endsWith(".jar"))
                        .filter(path -> !directory.equals("lib/main") || path.getFileName().toString().contains("events"))
                        .forEach(jars::add);
            }
        }
        assertThat(jars).as("the packaged " + service + "-service").hasSizeGreaterThanOrEqualTo(3);
        return jars;
    }

    private static boolean decodesToAKey(String value) {
        String trimmed = value.strip();
        if (!trimmed.matches("[A-Za-z0-9+/]{42,}={0,2}")) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(trimmed).length >= 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
