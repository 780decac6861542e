package org.casealert.alert.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * Tells a failure that will pass from one that will not. PostgreSQL away, a deadlock, a serialization
 * failure or a lock timeout pass; so does anything while the database does not answer. Anything else,
 * with the database answering, is the report's own: retrying it would hold its partition forever.
 */
@ApplicationScoped
public class Failures {

    /** SQLSTATE classes that pass: connection, transaction rollback, resources, lock, operator intervention, system. */
    private static final Set<String> PASSING_CLASSES = Set.of("08", "40", "53", "55", "57", "58", "XX");

    private final AgroalDataSource dataSource;

    Failures(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean willPass(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && PASSING_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return !databaseAnswers();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException away) {
            return false;
        }
    }
}
