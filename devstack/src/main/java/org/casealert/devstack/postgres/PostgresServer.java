package org.casealert.devstack.postgres;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A PostgreSQL server for the devstack: the one answering on 127.0.0.1:5432 when there is one
 * (trust auth, as on the development machines), otherwise a private cluster started from the
 * installed PostgreSQL binaries in a directory of ours, as the {@code postgres} user when we are
 * root. Each service gets its own database.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int SHARED_PORT = 5432;

    private final String host;
    private final int port;
    private final String user;
    private final Path privateDataDirectory;

    private PostgresServer(String host, int port, String user, Path privateDataDirectory) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.privateDataDirectory = privateDataDirectory;
    }

    /** The shared server if it answers, otherwise a private one kept in {@code privateDirectory}. */
    public static PostgresServer useOrStart(Path privateDirectory, int privatePort) {
        String user = Optional.ofNullable(System.getenv("PGUSER")).orElse(System.getProperty("user.name"));
        if (answers("127.0.0.1", SHARED_PORT)) {
            return new PostgresServer("127.0.0.1", SHARED_PORT, user, null);
        }
        PrivateCluster.start(privateDirectory, privatePort, user);
        return new PostgresServer("127.0.0.1", privatePort, user, privateDirectory);
    }

    /** A server that is already running (as started by another class loader of this JVM). */
    public static PostgresServer at(String host, int port, String user) {
        return new PostgresServer(host, port, user, null);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public boolean isPrivate() {
        return privateDataDirectory != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    /** Creates the database if it does not exist. */
    public void ensureDatabase(String name) {
        checkName(name);
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    /** Drops the database (closing its connections) and creates it empty. */
    public void recreateDatabase(String name) {
        checkName(name);
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not recreate database " + name, e);
        }
    }

    @Override
    public void close() {
        if (privateDataDirectory != null) {
            PrivateCluster.stop(privateDataDirectory);
        }
    }

    private Connection adminConnection() throws SQLException {
        // every cluster has the "postgres" database; the Debian one also has "test" and the user's own
        return DriverManager.getConnection(jdbcUrl("postgres"), user, "");
    }

    private static void checkName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A cluster of our own, from the installed binaries (Debian: /usr/lib/postgresql/N/bin). */
    static final class PrivateCluster {

        private PrivateCluster() {
        }

        static void start(Path directory, int port, String user) {
            Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                    "no PostgreSQL answers on 127.0.0.1:5432 and no PostgreSQL binaries were found under "
                            + "/usr/lib/postgresql; install the postgresql package or start a server"));
            Path data = directory.toAbsolutePath().resolve("data");
            try {
                Files.createDirectories(directory);
                if (!Files.exists(data.resolve("PG_VERSION"))) {
                    Files.createDirectories(data);
                    grantToServerUser(directory);
                    run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", user, "--auth=trust",
                            "-E", "UTF8", "--no-instructions"));
                }
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-l",
                        directory.toAbsolutePath().resolve("postgres.log").toString(), "-o",
                        "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1", "start"));
            } catch (IOException e) {
                throw new IllegalStateException("could not start a private PostgreSQL in " + directory, e);
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (!answers("127.0.0.1", port)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the private PostgreSQL did not open port " + port);
                }
                sleep(100);
            }
        }

        static void stop(Path directory) {
            binaries().ifPresent(bin -> run(List.of(bin.resolve("pg_ctl").toString(), "-D",
                    directory.toAbsolutePath().resolve("data").toString(), "-m", "fast", "-w", "stop")));
        }

        private static Optional<Path> binaries() {
            Path root = Path.of("/usr/lib/postgresql");
            if (!Files.isDirectory(root)) {
                return Optional.empty();
            }
            try (Stream<Path> versions = Files.list(root)) {
                return versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                                .replaceAll("\\D", "0"))));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        /** PostgreSQL refuses to run as root: as root, run it as "postgres" and let it own the directory. */
        private static void grantToServerUser(Path directory) throws IOException {
            if (isRoot()) {
                execute(List.of("chown", "-R", "postgres:postgres", directory.toAbsolutePath().toString()));
            }
        }

        /** Runs a PostgreSQL program: as the postgres user when we are root. */
        private static void run(List<String> command) {
            List<String> full = new ArrayList<>();
            if (isRoot()) {
                full.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            full.addAll(command);
            execute(full);
        }

        private static void execute(List<String> command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes());
                if (process.waitFor() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
                }
            } catch (IOException e) {
                throw new IllegalStateException("could not run " + command.get(0), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        private static boolean isRoot() {
            return "root".equals(System.getProperty("user.name"));
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
