package org.casealert.devstack.testing;

import java.util.HashMap;
import java.util.Map;

import org.casealert.devstack.credentials.DevCredentials;
import org.casealert.devstack.credentials.DevDataKeys;
import org.casealert.devstack.postgres.PostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real infrastructure for a service's {@code @QuarkusTest}s: the JVM's Kafka broker, a database of the
 * service's own on PostgreSQL (dropped and created anew once per test JVM), the JVM's dev signing key, the
 * service's own dev keys for personal data ({@link DevDataKeys}, by {@code service}) and, with {@code smtp=true},
 * the SMTP server. Declare it once per module with global scope:
 *
 * <pre>
 * &#64;WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
 *         &#64;ResourceArg(name = "database", value = "intake_test"), &#64;ResourceArg(name = "service", value = "intake") })
 * </pre>
 */
public class DevstackResource implements QuarkusTestResourceLifecycleManager {

    private String database;
    private String service;
    private boolean smtp;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null) {
            throw new IllegalArgumentException("DevstackResource needs the init arg 'database'");
        }
        service = initArgs.get("service");
        if (service == null) {
            throw new IllegalArgumentException("DevstackResource needs the init arg 'service' (intake, alert, notify)");
        }
        smtp = Boolean.parseBoolean(initArgs.getOrDefault("smtp", "false"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        PostgresServer postgres = TestPostgres.server();
        // fresh once per test JVM; a test that restarts the service (another profile) finds its data again
        JvmWide.computeIfAbsent("casealert.devstack.database." + database, () -> {
            postgres.recreateDatabase(database);
            return Map.of();
        });
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", "");
        config.put("mp.jwt.verify.publickey", DevCredentials.forThisJvm().publicKeyPem());
        config.put("mp.jwt.verify.issuer", DevCredentials.ISSUER);
        config.putAll(DevDataKeys.forThisJvm().forService(service));
        if (smtp) {
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(TestMail.port()));
        }
        return config;
    }

    @Override
    public void stop() {
        // the broker, the server and the mail sink serve every test class of the JVM; they stop with it
    }
}
