package org.casealert.events.crypto;

import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Builds the key rings this service holds and the name hasher from {@link CryptoConfig} when the service
 * starts, so a missing, misplaced, malformed or published key stops the service at boot rather than at its
 * first report.
 */
@Singleton
public class Crypto {

    private final Map<Hop, PersonalDataCipher> rings = new EnumMap<>(Hop.class);
    private final PersonalDataCipher atRest;
    private final Optional<KeyedHasher> nameHasher;
    private final boolean allowDevKeys;

    Crypto(CryptoConfig config) {
        this.allowDevKeys = config.allowDevKeys();
        ring(Hop.REPORTS, config.reports(), config);
        ring(Hop.ALERTS, config.alerts(), config);
        if (!config.hops().contains(config.atRest())) {
            throw new IllegalStateException("casealert.crypto.at-rest names " + config.atRest().id()
                    + ", a hop this service does not hold (casealert.crypto.hops)");
        }
        this.atRest = rings.get(config.atRest());
        if (config.hashesNames() && config.nameHashKey().isEmpty()) {
            throw new IllegalStateException("casealert.crypto.name-hash-key is not configured: this service hashes names");
        }
        if (!config.hashesNames() && config.nameHashKey().isPresent()) {
            // with it, a leak of this service would allow a dictionary attack on the hashes of names
            throw new IllegalStateException("casealert.crypto.name-hash-key is configured, but this service must not hold"
                    + " the name-hash key (casealert.crypto.hashes-names)");
        }
        this.nameHasher = config.nameHashKey()
                .map(value -> new KeyedHasher(requireUsable("casealert.crypto.name-hash-key", value)));
    }

    private void ring(Hop hop, Optional<CryptoConfig.Ring> configured, CryptoConfig config) {
        String prefix = "casealert.crypto." + hop.id();
        if (configured.isEmpty()) {
            if (config.hops().contains(hop)) {
                throw new IllegalStateException(prefix + ".active-key and " + prefix
                        + ".keys.<id> are not configured: this service needs the " + hop.id() + " key ring");
            }
            return;
        }
        if (!config.hops().contains(hop)) {
            throw new IllegalStateException(prefix + ".* is configured, but this service must not hold the " + hop.id()
                    + " key ring (casealert.crypto.hops)");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        configured.get().keys().forEach((id, value) -> {
            String property = prefix + ".keys." + id;
            if (!allowDevKeys && PublishedKeys.isDevKeyId(id)) {
                throw new IllegalStateException(property + " is a devstack key (id dev*), refused outside dev and test");
            }
            keys.put(id, requireUsable(property, value));
        });
        rings.put(hop, new PersonalDataCipher(hop, keys, configured.get().activeKey()));
    }

    void onStart(@Observes Startup startup) {
        // creating this bean is the check
    }

    /** The ring that seals what this service keeps at rest ({@code casealert.crypto.at-rest}). */
    @Produces
    @Singleton
    PersonalDataCipher cipher() {
        return atRest;
    }

    /** The ring of {@code hop}; a service that does not hold it has refused to start already. */
    public PersonalDataCipher ring(Hop hop) {
        PersonalDataCipher ring = rings.get(hop);
        if (ring == null) {
            throw new IllegalStateException("this service holds no " + hop.id() + " key ring");
        }
        return ring;
    }

    /** Name hasher; a service that hashes names fails at its first use if no key is configured. */
    public KeyedHasher nameHasher() {
        return nameHasher.orElseThrow(() -> new IllegalStateException("casealert.crypto.name-hash-key is not configured"));
    }

    /**
     * The key a base64 {@code value} of {@code property} holds, refused if it is not base64 or, outside dev and
     * test, if it is a published key. For keys of a service's own, such as notify's link-signing key.
     */
    public byte[] requireUsable(String property, String value) {
        byte[] raw = decode(value, property);
        if (!allowDevKeys && PublishedKeys.isPublished(raw)) {
            throw new IllegalStateException(property + " is a published dev key, refused outside dev and test");
        }
        return raw;
    }

    private static byte[] decode(String value, String property) {
        try {
            return Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " is not base64");
        }
    }
}
