package org.casealert.devstack.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a JDK for Keycloak, which needs Java 21 or newer while the services run on 17: the one named by
 * {@code KEYCLOAK_JAVA_HOME}, else the newest under {@code /usr/lib/jvm} (its {@code release} file says
 * which version it is).
 */
final class NewerJdk {

    static final int MINIMUM = 21;
    private static final Path JVMS = Path.of("/usr/lib/jvm");

    private NewerJdk() {
    }

    static Path find() {
        String named = System.getenv("KEYCLOAK_JAVA_HOME");
        if (named != null && !named.isBlank()) {
            Path home = Path.of(named);
            if (version(home).orElse(0) < MINIMUM) {
                throw new IllegalStateException("KEYCLOAK_JAVA_HOME=" + named + " is not a JDK " + MINIMUM
                        + " or newer");
            }
            return home;
        }
        if (Files.isDirectory(JVMS)) {
            try (Stream<Path> homes = Files.list(JVMS)) {
                Optional<Path> newest = homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                        .filter(home -> version(home).orElse(0) >= MINIMUM)
                        .max(Comparator.comparingInt(home -> version(home).orElse(0)));
                if (newest.isPresent()) {
                    return newest.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("Keycloak needs Java " + MINIMUM + " or newer and none was found under "
                + JVMS + "; install one (e.g. Temurin 25) or set KEYCLOAK_JAVA_HOME, or start without --keycloak");
    }

    /** The feature version from the JDK's {@code release} file ({@code JAVA_VERSION="25.0.3"} gives 25). */
    static Optional<Integer> version(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try (var reader = Files.newBufferedReader(release)) {
            Properties properties = new Properties();
            properties.load(reader);
            String value = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
            String feature = value.split("[.+-]")[0];
            return feature.matches("\\d+") ? Optional.of(Integer.parseInt(feature)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
