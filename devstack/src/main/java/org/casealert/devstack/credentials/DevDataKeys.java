package org.casealert.devstack.credentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The services' keys for personal data in dev and test, made by the devstack and never packaged: each key is
 * derived from a random seed of one devstack state directory (kept, so a database kept between runs still
 * opens) or of one test JVM. Each service is given its own hops' keys only, as in production (deploy/README.md):
 * intake the reports ring and the name-hash key, alert the reports and alerts rings, notify the alerts ring,
 * its e-mail-hash key and its link-signing key. Nothing here is for production: the key ids start with
 * {@code dev}, which a production service refuses.
 */
public final class DevDataKeys {

    /** The devstack's key id in every ring. */
    public static final String KEY_ID = "dev-1";
    private static final String JVM_SEED_PROPERTY = "casealert.devstack.data-key-seed";

    private final byte[] seed;

    private DevDataKeys(byte[] seed) {
        this.seed = seed;
    }

    /** The keys of this test JVM, shared by the test resources and the tests whatever class loader they live in. */
    public static synchronized DevDataKeys forThisJvm() {
        String encoded = System.getProperty(JVM_SEED_PROPERTY);
        if (encoded == null) {
            byte[] seed = randomSeed();
            System.setProperty(JVM_SEED_PROPERTY, Base64.getEncoder().encodeToString(seed));
            return new DevDataKeys(seed);
        }
        return new DevDataKeys(Base64.getDecoder().decode(encoded));
    }

    /** The keys of a devstack state directory: its {@code keys/seed}, made (readable by its owner only) at first use. */
    public static DevDataKeys inDirectory(Path stateDirectory) {
        Path file = stateDirectory.resolve("keys").resolve("seed");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path temporary = file.resolveSibling("seed.tmp");
                Files.writeString(temporary, Base64.getEncoder().encodeToString(randomSeed()));
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                Files.move(temporary, file);
            }
            return new DevDataKeys(Base64.getDecoder().decode(Files.readString(file).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    /** The configuration ({@code casealert.crypto.*}, notify's own keys) that gives {@code service} its keys. */
    public Map<String, String> forService(String service) {
        Map<String, String> config = new LinkedHashMap<>();
        switch (service) {
            case "intake" -> {
                ring("reports", config);
                config.put("casealert.crypto.name-hash-key", nameHashKey());
            }
            case "alert" -> {
                ring("reports", config);
                ring("alerts", config);
            }
            case "notify" -> {
                ring("alerts", config);
                config.put("notify.email-hash-key", key("notify e-mail hashes"));
                config.put("notify.token-key", key("notify link signatures"));
            }
            default -> throw new IllegalArgumentException("no service " + service);
        }
        return config;
    }

    /** Writes {@link #forService} as a properties file readable by its owner only, for the launcher's services. */
    public Path writeFor(String service, Path stateDirectory) {
        Path file = stateDirectory.resolve("keys").resolve(service + ".properties");
        StringBuilder text = new StringBuilder("# written by the devstack: " + service + "'s dev keys, no others\n");
        forService(service).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, text);
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** intake's name-hash key, for tests that make report events as intake does. */
    public String nameHashKey() {
        return key("intake name hashes");
    }

    /** The key {@code keyId} of a hop's ring ({@code reports}, {@code alerts}): tests of rotation add further ones. */
    public String ringKey(String hop, String keyId) {
        return key(hop + " ring " + keyId);
    }

    private void ring(String hop, Map<String, String> config) {
        config.put("casealert.crypto." + hop + ".active-key", KEY_ID);
        config.put("casealert.crypto." + hop + ".keys." + KEY_ID, ringKey(hop, KEY_ID));
    }

    private String key(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(label.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] randomSeed() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return seed;
    }
}
