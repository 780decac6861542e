package org.casealert.events.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Keys no deployment may use: those made by the devstack (ids starting {@code dev}) and those once committed to
 * this repository as dev defaults, known here by their SHA-256 only. A production service given one stops.
 */
public final class PublishedKeys {

    private static final Set<String> FINGERPRINTS = Set.of(
            // the data key, the name-hash key and notify's link-signing key of the old packaged dev profile
            "cdc28924693e52e64d764c3d9368bc2a25609176d147d74a62394a7f9ea6151b",
            "301881e94d219de37f6685d4ff81a0d3d42dc4910ec168c844f532423004b93f",
            "065c4e1014642cd6c8d0dba44853e709000a5e9e42396b6a81896156956715a0");

    private PublishedKeys() {
    }

    /** Whether {@code raw} is a published key. */
    public static boolean isPublished(byte[] raw) {
        return FINGERPRINTS.contains(fingerprint(raw));
    }

    /** Whether a key id is one the devstack gives its keys. */
    public static boolean isDevKeyId(String id) {
        return id.startsWith("dev");
    }

    static String fingerprint(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
