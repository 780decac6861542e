package org.casealert.devstack.bench;

import java.util.Optional;

/** The role the devstack's services use on its PostgreSQL (trust authentication, as the launcher sets up). */
final class PostgresLogin {

    private PostgresLogin() {
    }

    static String user() {
        return Optional.ofNullable(System.getenv("PGUSER")).orElse(System.getProperty("user.name"));
    }
}
