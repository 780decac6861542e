package org.casealert.events.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyedHasherTest {

    @Test
    void theSameKeyGivesTheSameHashAndAnotherKeyAnother() {
        byte[] key = PersonalDataCipherTest.key();
        KeyedHasher hasher = new KeyedHasher(key);
        assertThat(hasher.hash("name:kim|oksun")).isEqualTo(new KeyedHasher(key).hash("name:kim|oksun"))
                .hasSize(43).doesNotContain("kim", "oksun");
        assertThat(hasher.hash("name:kim|oksun")).isNotEqualTo(hasher.hash("name:kim|okhui"));
        assertThat(new KeyedHasher(PersonalDataCipherTest.key()).hash("name:kim|oksun"))
                .isNotEqualTo(hasher.hash("name:kim|oksun"));
    }

    @Test
    void refusesShortKeys() {
        assertThatThrownBy(() -> new KeyedHasher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
