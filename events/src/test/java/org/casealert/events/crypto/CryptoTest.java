package org.casealert.events.crypto;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service starts with exactly the key rings of its hops, and never with a devstack or published key in production. */
class CryptoTest {

    static String key() {
        return Base64.getEncoder().encodeToString(PersonalDataCipherTest.key());
    }

    record Ring(String activeKey, Map<String, String> keys) implements CryptoConfig.Ring {
    }

    record Config(Set<Hop> hops, Hop atRest, Optional<CryptoConfig.Ring> reports, Optional<CryptoConfig.Ring> alerts,
            Optional<String> nameHashKey, boolean allowDevKeys, boolean hashesNames) implements CryptoConfig {

        /** A service that hashes names exactly when it is given the key. */
        Config(Set<Hop> hops, Hop atRest, Optional<CryptoConfig.Ring> reports, Optional<CryptoConfig.Ring> alerts,
                Optional<String> nameHashKey, boolean allowDevKeys) {
            this(hops, atRest, reports, alerts, nameHashKey, allowDevKeys, nameHashKey.isPresent());
        }

        @Override
        public String resealEvery() {
            return "off";
        }

        @Override
        public String resealDelay() {
            return "1m";
        }
    }

    static Optional<CryptoConfig.Ring> ring(String id) {
        return Optional.of(new Ring(id, Map.of(id, key())));
    }

    @Test
    void aServiceHoldsTheRingsOfItsHopsAndSealsAtRestWithItsOwn() {
        Crypto crypto = new Crypto(new Config(Set.of(Hop.REPORTS, Hop.ALERTS), Hop.REPORTS, ring("k1"), ring("k1"),
                Optional.empty(), false));
        assertThat(crypto.cipher().hop()).isEqualTo(Hop.REPORTS);
        assertThat(crypto.ring(Hop.ALERTS).seal("x", "ctx")).startsWith("enc2:alerts:k1:");
        assertThatThrownBy(crypto::nameHasher).hasMessageContaining("casealert.crypto.name-hash-key");
    }

    @Test
    void aMissingRingStopsTheService() {
        assertThatThrownBy(() -> new Crypto(new Config(Set.of(Hop.ALERTS), Hop.ALERTS, Optional.empty(),
                Optional.empty(), Optional.empty(), false)))
                .hasMessageContaining("casealert.crypto.alerts.active-key");
    }

    @Test
    void aRingOfAnotherHopStopsTheService() {
        // notify given intake's ring by a misplaced Secret: it would open reports, so it does not start
        assertThatThrownBy(() -> new Crypto(new Config(Set.of(Hop.ALERTS), Hop.ALERTS, ring("k1"), ring("k1"),
                Optional.empty(), false)))
                .hasMessageContaining("casealert.crypto.reports.* is configured, but this service must not hold");
        assertThatThrownBy(() -> new Crypto(new Config(Set.of(Hop.ALERTS), Hop.REPORTS, Optional.empty(),
                ring("k1"), Optional.empty(), false))).hasMessageContaining("casealert.crypto.at-rest");
    }

    @Test
    void onlyTheServiceThatHashesNamesHoldsTheNameHashKey() {
        assertThatThrownBy(() -> new Crypto(new Config(Set.of(Hop.REPORTS, Hop.ALERTS), Hop.REPORTS, ring("k1"),
                ring("k1"), Optional.of(key()), false, false))).hasMessageContaining("must not hold the name-hash key");
        assertThatThrownBy(() -> new Crypto(new Config(Set.of(Hop.REPORTS), Hop.REPORTS, ring("k1"), Optional.empty(),
                Optional.empty(), false, true))).hasMessageContaining("casealert.crypto.name-hash-key is not configured");
        assertThat(new Crypto(new Config(Set.of(Hop.REPORTS), Hop.REPORTS, ring("k1"), Optional.empty(),
                Optional.of(key()), false)).nameHasher().hash("kim")).isNotBlank();
    }

    @Test
    void devstackAndPublishedKeysStopTheServiceOutsideDevAndTest() {
        assertThatThrownBy(() -> new Crypto(new Config(Set.of(Hop.REPORTS), Hop.REPORTS, ring("dev-1"),
                Optional.empty(), Optional.empty(), false)))
                .hasMessageContaining("casealert.crypto.reports.keys.dev-1 is a devstack key");
        String published = "L4UIAQgbBnF4J9+kRHYTzwil3t+qDN1mJG891j8V7tQ=";
        assertThatThrownBy(() -> new Crypto(new Config(Set.of(Hop.REPORTS), Hop.REPORTS,
                Optional.of(new Ring("k1", Map.of("k1", published))), Optional.empty(), Optional.empty(), false)))
                .hasMessageContaining("casealert.crypto.reports.keys.k1 is a published dev key");
        assertThatThrownBy(() -> new Crypto(new Config(Set.of(Hop.REPORTS), Hop.REPORTS, ring("k1"), Optional.empty(),
                Optional.of("UkRZ65DVyeYMtwTtXZQH7+0ro6LDZ6oleEEhLff3th4="), false)))
                .hasMessageContaining("casealert.crypto.name-hash-key is a published dev key");

        Crypto dev = new Crypto(new Config(Set.of(Hop.REPORTS), Hop.REPORTS, ring("dev-1"), Optional.empty(),
                Optional.of(published), true));
        assertThat(dev.cipher().activeKeyId()).isEqualTo("dev-1");
        assertThat(dev.requireUsable("notify.token-key", "8u5q3Oa7b3TlVqS8DcqjK5mQeq1Z9zD1r1oGZ0cJk5E=")).hasSize(32);
        Crypto prod = new Crypto(new Config(Set.of(Hop.REPORTS), Hop.REPORTS, ring("k1"), Optional.empty(),
                Optional.empty(), false));
        assertThatThrownBy(() -> prod.requireUsable("notify.token-key", "8u5q3Oa7b3TlVqS8DcqjK5mQeq1Z9zD1r1oGZ0cJk5E="))
                .hasMessageContaining("notify.token-key is a published dev key");
    }
}
