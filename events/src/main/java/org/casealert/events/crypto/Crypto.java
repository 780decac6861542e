package org.casealert.events.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Builds the cipher and the name hasher from {@link CryptoConfig} when the service starts, so a
 * missing or malformed key stops the service at boot rather than at its first report.
 */
@Singleton
public class Crypto {

    private final PersonalDataCipher cipher;
    private final Optional<KeyedHasher> nameHasher;

    Crypto(CryptoConfig config) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        config.keys().forEach((id, value) -> keys.put(id, decode(value, "casealert.crypto.keys." + id)));
        this.cipher = new PersonalDataCipher(keys, config.activeKey());
        this.nameHasher = config.nameHashKey()
                .map(value -> new KeyedHasher(decode(value, "casealert.crypto.name-hash-key")));
    }

    void onStart(@Observes Startup startup) {
        // creating this bean is the check
    }

    @Produces
    @Singleton
    PersonalDataCipher cipher() {
        return cipher;
    }

    /** Name hasher; a service that hashes names fails at its first use if no key is configured. */
    public KeyedHasher nameHasher() {
        return nameHasher.orElseThrow(() -> new IllegalStateException("casealert.crypto.name-hash-key is not configured"));
    }

    private static byte[] decode(String value, String property) {
        try {
            return Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " is not base64");
        }
    }
}
