package org.casealert.events.crypto;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    static byte[] key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    @Test
    void sealsAndOpensForTheSameRecord() {
        PersonalDataCipher cipher = new PersonalDataCipher(Hop.REPORTS, Map.of("k1", key()), "k1");
        String sealed = cipher.seal("Kim Ok-sun 김옥순", "report:1:detainee:0");
        assertThat(sealed).startsWith("enc2:reports:k1:").doesNotContain("Kim", "김옥순");
        assertThat(cipher.open(sealed, "report:1:detainee:0")).isEqualTo("Kim Ok-sun 김옥순");
    }

    @Test
    void everySealingHasItsOwnNonce() {
        PersonalDataCipher cipher = new PersonalDataCipher(Hop.REPORTS, Map.of("k1", key()), "k1");
        Set<String> sealed = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            sealed.add(cipher.seal("the same name", "report:1:detainee:0"));
        }
        assertThat(sealed).hasSize(1_000);
    }

    @Test
    void aValueMovedToAnotherRecordDoesNotOpen() {
        PersonalDataCipher cipher = new PersonalDataCipher(Hop.REPORTS, Map.of("k1", key()), "k1");
        String sealed = cipher.seal("Ri Chun-hui", "report:1:detainee:0");
        assertThatThrownBy(() -> cipher.open(sealed, "report:1:detainee:1")).isInstanceOf(SealedDataException.class);
        assertThatThrownBy(() -> cipher.open(sealed, "report:2:detainee:0")).isInstanceOf(SealedDataException.class);
    }

    @Test
    void aTamperedValueDoesNotOpen() {
        PersonalDataCipher cipher = new PersonalDataCipher(Hop.REPORTS, Map.of("k1", key()), "k1");
        String sealed = cipher.seal("Ri Chun-hui", "ctx");
        char last = sealed.charAt(sealed.length() - 5);
        String tampered = sealed.substring(0, sealed.length() - 5) + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 4);
        assertThatThrownBy(() -> cipher.open(tampered, "ctx")).isInstanceOf(SealedDataException.class);
        assertThatThrownBy(() -> cipher.open("enc2:reports:k1:AAAA", "ctx")).isInstanceOf(SealedDataException.class);
        assertThatThrownBy(() -> cipher.open("plain text", "ctx")).isInstanceOf(SealedDataException.class);
    }

    @Test
    void rotationSealsWithTheNewKeyAndStillOpensWithTheOld() {
        byte[] old = key();
        PersonalDataCipher before = new PersonalDataCipher(Hop.REPORTS, Map.of("2025", old), "2025");
        String sealedBefore = before.seal("Pak Chol-min", "ctx");

        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put("2025", old);
        keys.put("2026", key());
        PersonalDataCipher after = new PersonalDataCipher(Hop.REPORTS, keys, "2026");
        String sealedAfter = after.seal("Pak Chol-min", "ctx");

        assertThat(sealedAfter).startsWith("enc2:reports:2026:");
        assertThat(after.open(sealedBefore, "ctx")).isEqualTo("Pak Chol-min");
        assertThat(after.open(sealedAfter, "ctx")).isEqualTo("Pak Chol-min");
        assertThat(after.needsResealing(sealedBefore)).isTrue();
        assertThat(after.needsResealing(sealedAfter)).isFalse();

        String resealed = after.reseal(sealedBefore, "ctx");
        assertThat(resealed).startsWith("enc2:reports:2026:");
        assertThat(after.reseal(resealed, "ctx")).isSameAs(resealed);
        PersonalDataCipher retired = new PersonalDataCipher(Hop.REPORTS, Map.of("2026", keys.get("2026")), "2026");
        assertThat(retired.open(resealed, "ctx")).isEqualTo("Pak Chol-min");
        assertThatThrownBy(() -> retired.open(sealedBefore, "ctx")).isInstanceOf(SealedDataException.class)
                .hasMessageContaining("'2025'");
    }

    @Test
    void aKeyOfOneHopNeverOpensAnothersValuesEvenWithTheSameBytes() {
        byte[] same = key();
        PersonalDataCipher reports = new PersonalDataCipher(Hop.REPORTS, Map.of("k1", same), "k1");
        PersonalDataCipher alerts = new PersonalDataCipher(Hop.ALERTS, Map.of("k1", same), "k1");
        String sealed = reports.seal("Kim Ok-sun", "ctx");
        assertThat(sealed).startsWith("enc2:reports:k1:");
        assertThatThrownBy(() -> alerts.open(sealed, "ctx")).isInstanceOf(SealedDataException.class)
                .hasMessageContaining("another hop");
        // relabelled as an alerts value, it still does not open: the hop is in the associated data
        String relabelled = sealed.replace("enc2:reports:", "enc2:alerts:");
        assertThatThrownBy(() -> alerts.open(relabelled, "ctx")).isInstanceOf(SealedDataException.class);
    }

    @Test
    void aKeyThatIsGoneCannotOpenAndSaysWhichKeyItNeeds() {
        PersonalDataCipher first = new PersonalDataCipher(Hop.REPORTS, Map.of("gone", key()), "gone");
        String sealed = first.seal("x", "ctx");
        PersonalDataCipher other = new PersonalDataCipher(Hop.REPORTS, Map.of("k2", key()), "k2");
        assertThatThrownBy(() -> other.open(sealed, "ctx")).isInstanceOf(SealedDataException.class)
                .hasMessageContaining("'gone'");
    }

    @Test
    void refusesWeakOrMissingKeys() {
        assertThatThrownBy(() -> new PersonalDataCipher(Hop.REPORTS, Map.of("k1", new byte[16]), "k1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalDataCipher(Hop.REPORTS, Map.of("k1", key()), "k2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalDataCipher(Hop.REPORTS, Map.of("bad id!", key()), "bad id!"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullStaysNull() {
        PersonalDataCipher cipher = new PersonalDataCipher(Hop.REPORTS, Map.of("k1", key()), "k1");
        assertThat(cipher.seal(null, "ctx")).isNull();
        assertThat(cipher.open(null, "ctx")).isNull();
    }
}
