package org.casealert.devstack.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The launcher's command line. Every port and path has a default; tests move them out of the way. */
record LauncherOptions(
        Path root,
        Path stateDirectory,
        Path envFile,
        boolean fresh,
        boolean demo,
        boolean services,
        boolean keycloak,
        String databasePrefix,
        int intakePort,
        int alertPort,
        /** A second alert-service instance in the same consumer group, or 0 for none. */
        int alert2Port,
        int notifyPort,
        int kafkaPort,
        int smtpPort,
        int inboxPort,
        int privatePostgresPort,
        int keycloakPort,
        /** Where the services send their spans (OTLP/HTTP), or null for the dev inbox's span log. */
        String otlpEndpoint) {

    static final String USAGE = """
            usage: java -jar devstack/target/devstack.jar [options]
              --fresh                 forget all data (databases, topics, mail) before starting
              --demo                  post a few sample reports once everything is ready
              --no-services           start only Kafka, PostgreSQL and SMTP (for quarkus:dev)
              --keycloak              also run Keycloak, the identity provider of the pages' sign-in (about
                                      15 s more at each start, 60 s more at the first); needs a JDK 21+
              --root DIR              the repository root (default: found from the jar's location)
              --state-dir DIR         where broker data, mail and keys live (default ROOT/target/devstack)
              --env-file FILE         where URLs and credentials are written (default ROOT/target/devstack.env)
              --db-prefix PREFIX      prefix of the services' database names (default none)
              --intake-port N --alert-port N --notify-port N   (8081, 8082, 8083)
              --alert2-port N         also run a second alert-service on port N, sharing the broker's
                                      partitions and the database with the first (default: none)
              --kafka-port N          broker port; the controller uses N+1 (9092)
              --smtp-port N           SMTP server (2525)
              --inbox-port N          received mail and a webhook sink over HTTP (8025)
              --postgres-port N       port of a private PostgreSQL, used only if none answers on 5432 (5433)
              --keycloak-port N       Keycloak's port (8180)
              --otlp-endpoint URL     send the services' spans to this OTLP/HTTP collector (e.g.
                                      http://localhost:4318) instead of the inbox's span log
            """;

    static LauncherOptions parse(String[] args, Path defaultRoot) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean fresh = rest.remove("--fresh");
        boolean demo = rest.remove("--demo");
        boolean services = !rest.remove("--no-services");
        boolean keycloak = rest.remove("--keycloak");
        Path root = Path.of(take(rest, "--root", defaultRoot.toString())).toAbsolutePath().normalize();
        Path state = Path.of(take(rest, "--state-dir", root.resolve("target/devstack").toString())).toAbsolutePath();
        Path env = Path.of(take(rest, "--env-file", root.resolve("target/devstack.env").toString())).toAbsolutePath();
        String prefix = take(rest, "--db-prefix", "");
        int intake = port(take(rest, "--intake-port", "8081"));
        int alert = port(take(rest, "--alert-port", "8082"));
        String alert2 = take(rest, "--alert2-port", "");
        int notify = port(take(rest, "--notify-port", "8083"));
        int kafka = port(take(rest, "--kafka-port", "9092"));
        int smtp = port(take(rest, "--smtp-port", "2525"));
        int inbox = port(take(rest, "--inbox-port", "8025"));
        int postgres = port(take(rest, "--postgres-port", "5433"));
        int keycloakPort = port(take(rest, "--keycloak-port", "8180"));
        String otlp = take(rest, "--otlp-endpoint", "");
        if (!rest.isEmpty()) {
            throw new IllegalArgumentException("unknown arguments " + rest + "\n" + USAGE);
        }
        if (!prefix.matches("[a-z0-9_]{0,20}")) {
            throw new IllegalArgumentException("--db-prefix takes lower-case letters, digits and '_'");
        }
        return new LauncherOptions(root, state, env, fresh, demo, services, keycloak, prefix, intake, alert,
                alert2.isEmpty() ? 0 : port(alert2), notify,
                kafka, smtp, inbox, postgres, keycloakPort, otlp.isEmpty() ? null : otlp);
    }

    String database(String service) {
        return databasePrefix + service;
    }

    private static String take(List<String> args, String name, String defaultValue) {
        int at = args.indexOf(name);
        if (at < 0) {
            return defaultValue;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
        }
        String value = args.get(at + 1);
        args.subList(at, at + 2).clear();
        return value;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + value);
        }
    }
}
