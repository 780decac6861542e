package org.casealert.events.crypto;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The key rings a service holds (in production its Secret; in dev and test the devstack's generated keys,
 * never a packaged file). No keys have defaults, so a service without its rings does not start.
 */
@ConfigMapping(prefix = "casealert.crypto")
public interface CryptoConfig {

    /**
     * The hops whose rings this service holds (each service's application.properties). It refuses to start
     * without any of them, and with the ring of any other hop: a misplaced Secret does not widen what it opens.
     */
    Set<Hop> hops();

    /** The hop whose ring seals what this service keeps at rest: the injected {@link PersonalDataCipher}. */
    Hop atRest();

    /** {@code casealert.crypto.reports.*}: the intake → alert ring. */
    Optional<Ring> reports();

    /** {@code casealert.crypto.alerts.*}: the alert → notify ring. */
    Optional<Ring> alerts();

    /** Whether this service makes keyed name hashes (intake): it needs the name-hash key, and no other may hold it. */
    @WithDefault("false")
    boolean hashesNames();

    /** Base64 key (at least 32 bytes) of the keyed name hashes: intake's alone. */
    Optional<String> nameHashKey();

    /**
     * Whether keys the devstack makes (ids {@code dev-*}) or keys once published in this repository may be
     * used. Only the dev and test profiles allow them; in production such a key stops the service.
     */
    @WithDefault("false")
    boolean allowDevKeys();

    /** How often the re-seal job ({@link ResealJob}) seals older keys' values anew; {@code off} (tests) never. */
    @WithDefault("1h")
    String resealEvery();

    /** How long after start the re-seal job first runs. */
    @WithDefault("1m")
    String resealDelay();

    /** One hop's keys: the active one seals, the others still open what they sealed until re-sealed. */
    interface Ring {

        /** Id of the key that seals new values. */
        String activeKey();

        /** Every key by id, base64 of 32 random bytes; older keys stay until the re-seal job has moved their values. */
        Map<String, String> keys();
    }
}
