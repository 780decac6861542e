package org.casealert.events.crypto;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Keys for personal data, shared by the three services (in production a Kubernetes Secret). There
 * are no defaults outside the dev and test profiles, so a service without keys does not start.
 */
@ConfigMapping(prefix = "casealert.crypto")
public interface CryptoConfig {

    /** Id of the key that seals new data. */
    String activeKey();

    /** Every key by id, base64 of 32 random bytes; retired keys stay here to open old data. */
    Map<String, String> keys();

    /** Base64 key (at least 32 bytes) of the keyed name hashes; needed where reports come in. */
    Optional<String> nameHashKey();
}
