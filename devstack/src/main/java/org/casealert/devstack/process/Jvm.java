package org.casealert.devstack.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Commands for child JVMs. Each gets the parent watchdog agent when its jar is there, so it exits
 * when the JVM that started it dies, however that happens. Each runs in a session of its own, so
 * Ctrl-C in the terminal reaches only the launcher, which stops the services before the broker
 * (a broker gone first leaves their consumer groups waiting for them at the next start). Their
 * temporary files (Vert.x's cache, Kafka's) go to a directory of the launcher's, never to /tmp.
 */
public final class Jvm {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Path watchdogAgent;
    private final Path temporaryFiles;

    public Jvm(Path watchdogAgent, Path temporaryFiles) {
        this.watchdogAgent = watchdogAgent;
        this.temporaryFiles = temporaryFiles.toAbsolutePath();
    }

    /** {@code java [agent] options... arguments...}, e.g. arguments {@code -jar app.jar} or {@code -cp cp Main}. */
    public List<String> command(List<String> options, List<String> arguments) {
        return command(Path.of(System.getProperty("java.home")), options, arguments);
    }

    /** The same, with the {@code java} of another JDK (Keycloak needs a newer one than the services). */
    public List<String> command(Path javaHome, List<String> options, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(javaHome.resolve("bin").resolve("java").toString());
        if (Files.isRegularFile(watchdogAgent)) {
            command.add("-javaagent:" + watchdogAgent.toAbsolutePath());
        }
        try {
            Files.createDirectories(temporaryFiles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + temporaryFiles, e);
        }
        command.add("-Djava.io.tmpdir=" + temporaryFiles);
        command.addAll(options);
        command.addAll(arguments);
        return command;
    }

    /** The class path of this JVM, absolute, for children that run classes of the devstack's own jars. */
    public static String ownClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
