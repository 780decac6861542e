package org.casealert.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A packaged service in the production profile refuses to start without the secrets it needs, and
 * says which: the key rings of its hops, the identity provider, and (notify) the link-signing and
 * e-mail-hash keys and the organisation that signs appeals. (That it also refuses a key ring of a hop it is not on,
 * the name-hash key outside intake, a devstack key and a key once published here is CryptoTest's: those checks run
 * when the service starts, after its database migrations, which this test keeps from ever reaching a database.)
 */
class ProductionConfigIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
            "intake, CASEALERT_CRYPTO_REPORTS_ACTIVE_KEY, casealert.crypto.reports.active-key",
            "alert, CASEALERT_CRYPTO_REPORTS_ACTIVE_KEY, casealert.crypto.reports.active-key",
            "alert, CASEALERT_CRYPTO_ALERTS_ACTIVE_KEY, casealert.crypto.alerts.active-key",
            "notify, CASEALERT_CRYPTO_ALERTS_ACTIVE_KEY, casealert.crypto.alerts.active-key",
            "intake, CASEALERT_JWT_ISSUER, mp.jwt.verify.issuer",
            "notify, CASEALERT_NOTIFY_TOKEN_KEY, CASEALERT_NOTIFY_TOKEN_KEY",
            "notify, CASEALERT_NOTIFY_EMAIL_HASH_KEY, CASEALERT_NOTIFY_EMAIL_HASH_KEY",
            "intake, CASEALERT_CRYPTO_NAME_HASH_KEY, casealert.crypto.name-hash-key",
            "notify, CASEALERT_SENDER_NAME, CASEALERT_SENDER_NAME",
            "notify, CASEALERT_SENDER_POSTAL_ADDRESS, CASEALERT_SENDER_POSTAL_ADDRESS" })
    void refusesToStartWithoutItsSecrets(String service, String missing, String named) throws Exception {
        Map<String, String> env = productionEnv(service);
        env.remove(missing);

        Result result = run(service, env);

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains(named);
    }

    /** Everything a service's production profile needs, with random keys, on a database that does not exist. */
    private static Map<String, String> productionEnv(String service) {
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/no_such_database_on_purpose",
                "QUARKUS_DATASOURCE_USERNAME", System.getProperty("user.name"),
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9",
                "QUARKUS_HTTP_PORT", "0",
                "CASEALERT_JWT_ISSUER", "https://idp.example",
                "CASEALERT_JWT_KEYS", "https://idp.example/jwks",
                "CASEALERT_NOTIFY_TOKEN_KEY", key(),
                "CASEALERT_NOTIFY_PUBLIC_URL", "https://notify.example",
                "CASEALERT_SMTP_HOST", "smtp.example"));
        env.putAll(Map.of("CASEALERT_SENDER_NAME", "Example NGO", "CASEALERT_SENDER_POSTAL_ADDRESS",
                "1 Example Street, Seoul", "CASEALERT_SENDER_EMAIL", "appeals@ngo.example", "CASEALERT_SENDER_PHONE",
                "+82 2 0000 0000"));
        env.put("CASEALERT_NOTIFY_EMAIL_HASH_KEY", key());
        if (!service.equals("notify")) {
            env.put("CASEALERT_CRYPTO_REPORTS_ACTIVE_KEY", "k1");
            env.put("CASEALERT_CRYPTO_REPORTS_KEYS_K1", key());
        }
        if (!service.equals("intake")) {
            env.put("CASEALERT_CRYPTO_ALERTS_ACTIVE_KEY", "k1");
            env.put("CASEALERT_CRYPTO_ALERTS_KEYS_K1", key());
        } else {
            env.put("CASEALERT_CRYPTO_NAME_HASH_KEY", key());
        }
        return env;
    }

    private static String key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    record Result(int exitCode, String output) {
    }

    private static Result run(String service, Map<String, String> env) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("casealert.root", "..")).toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + root.resolve("e2e/target"),
                "-jar", root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        Path log = Files.createTempFile(root.resolve("e2e/target"), service + "-prod-", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (!exited) {
            throw new AssertionError(service + " did not stop by itself:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }
}
