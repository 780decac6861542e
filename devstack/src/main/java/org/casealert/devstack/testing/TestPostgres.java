package org.casealert.devstack.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.casealert.devstack.postgres.PostgresServer;

/** The test JVM's PostgreSQL: the shared server on 5432 if it answers, otherwise a private one. */
public final class TestPostgres {

    private static final String KEY = "casealert.devstack.test-postgres";

    private TestPostgres() {
    }

    public static PostgresServer server() {
        Map<String, Object> shared = JvmWide.computeIfAbsent(KEY, () -> {
            PostgresServer server = PostgresServer.useOrStart(
                    Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().resolve("postgres"), freePort());
            if (server.isPrivate()) {
                JvmWide.onExit("postgres", server::close);
            }
            return Map.of("host", server.host(), "port", String.valueOf(server.port()), "user", server.user());
        });
        return PostgresServer.at((String) shared.get("host"), Integer.parseInt((String) shared.get("port")),
                (String) shared.get("user"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
