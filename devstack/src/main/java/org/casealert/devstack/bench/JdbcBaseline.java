package org.casealert.devstack.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The database's own limit for what intake does per report: one row of the report's size inserted and
 * committed per transaction, by as many clients as intake has, on the same PostgreSQL server, in a
 * database of its own that is dropped afterwards.
 */
final class JdbcBaseline {

    private static final String DATABASE = "casealert_bench";

    /** The throughput, and the server settings that bound a commit. */
    record Result(ClosedLoop.Throughput throughput, Map<String, String> settings) {
    }

    private JdbcBaseline() {
    }

    /** @param serviceUrl a service's JDBC URL: the baseline runs on the same server */
    static Result run(String serviceUrl, int clients, Duration warmup, Duration measured, Supplier<byte[]> payloads,
            Callable<Map<String, Long>> cpu) throws Exception {
        String server = serviceUrl.substring(0, serviceUrl.lastIndexOf('/') + 1);
        String url = server + DATABASE;
        try (Connection admin = DriverManager.getConnection(server + "postgres", PostgresLogin.user(), "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE);
        }
        try {
            Map<String, String> settings = new LinkedHashMap<>();
            try (Connection db = DriverManager.getConnection(url, PostgresLogin.user(), "");
                    Statement statement = db.createStatement()) {
                statement.execute("create table baseline_report (id uuid primary key, body text not null, "
                        + "received_at timestamptz not null default now())");
                for (String setting : List.of("fsync", "synchronous_commit", "wal_sync_method", "commit_delay",
                        "shared_buffers", "max_connections")) {
                    try (ResultSet row = statement.executeQuery("show " + setting)) {
                        row.next();
                        settings.put(setting, row.getString(1));
                    }
                }
            }
            ClosedLoop.Throughput throughput = ClosedLoop.run(clients, warmup, measured, () -> new Inserter(url, payloads),
                    cpu);
            return new Result(throughput, settings);
        } finally {
            try (Connection admin = DriverManager.getConnection(server + "postgres", PostgresLogin.user(), "");
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + DATABASE);
            }
        }
    }

    /** One client: a connection that inserts one row per transaction. */
    private static final class Inserter implements ClosedLoop.Caller {
        private final Connection db;
        private final PreparedStatement insert;
        private final Supplier<byte[]> payloads;

        Inserter(String url, Supplier<byte[]> payloads) throws SQLException {
            this.db = DriverManager.getConnection(url, PostgresLogin.user(), "");
            db.setAutoCommit(false);
            this.insert = db.prepareStatement("insert into baseline_report (id, body) values (?, ?)");
            this.payloads = payloads;
        }

        @Override
        public String call() throws SQLException {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, new String(payloads.get(), StandardCharsets.UTF_8));
            insert.executeUpdate();
            db.commit();
            return "committed";
        }

        @Override
        public void close() throws SQLException {
            db.close();
        }
    }
}
