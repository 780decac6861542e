package org.casealert.devstack.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casealert.devstack.postgres.PostgresServer;

/**
 * The test JVM's PostgreSQL: the shared server on 5432 if it answers, otherwise a private one; in the profile
 * {@code containers}, a container.
 */
public final class TestPostgres {

    private static final String KEY = "casealert.devstack.test-postgres";

    private TestPostgres() {
    }

    public static PostgresServer server() {
        Map<String, Object> shared = JvmWide.computeIfAbsent(KEY,
                () -> ContainersProfile.active() ? TestContainers.postgres() : sharedOrPrivate());
        return PostgresServer.at((String) shared.get("host"), Integer.parseInt((String) shared.get("port")),
                (String) shared.get("user"));
    }

    private static Map<String, Object> sharedOrPrivate() {
        PostgresServer server = PostgresServer.useOrStart(
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().resolve("postgres"), freePort());
        if (server.isPrivate()) {
            JvmWide.onExit("postgres", server::close);
        }
        return Map.of("host", server.host(), "port", String.valueOf(server.port()), "user", server.user());
    }

    /**
     * Every row of every table of a database, as PostgreSQL prints it: what a test reads to prove that
     * something is not stored in clear. Fails unless each of {@code expectedTables} exists.
     */
    public static String dumpAsText(String database, String... expectedTables) {
        PostgresServer server = server();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database), server.user(), "");
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public'")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            List<String> missing = new ArrayList<>(List.of(expectedTables));
            missing.removeAll(tables);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("no tables " + missing + " in " + database + ": " + tables);
            }
            StringBuilder dump = new StringBuilder();
            for (String table : tables) {
                try (ResultSet result = statement.executeQuery("select t::text from \"" + table + "\" t")) {
                    while (result.next()) {
                        dump.append(table).append(' ').append(result.getString(1)).append('\n');
                    }
                }
            }
            return dump.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read database " + database, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
