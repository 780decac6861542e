package org.casealert.events.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HangulRomanizerTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // initial ㄱ g but final ㄱ k; initial ㄹ r but final ㄹ l
            "각, gak", "김, gim", "철, cheol", "수, su", "령, ryeong", "릴, ril",
            // every vowel of a name's syllables, including the compound ones
            "회, hoe", "희, hui", "의, ui", "왜, wae", "원, won", "웨, we", "위, wi", "얘, yae", "여, yeo", "은, eun",
            // tense initials and the finals that merge: ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ as t, clusters by the sound they keep
            "꽃, kkot", "쌍, ssang", "짱, jjang", "빵, ppang", "땅, ttang", "있, it", "히, hi", "닭, dak", "앉, an", "밟, bal",
            "삶, sam", "값, gap", "읊, eup", "않, an",
            // the first and last syllables of the block
            "가, ga", "힣, hit" })
    void romanisesSyllablesByRevisedRomanisation(String hangul, String romanised) {
        assertEquals(romanised, HangulRomanizer.syllable(hangul.codePointAt(0)));
    }

    @Test
    void knowsOnlyPrecomposedSyllables() {
        assertTrue(HangulRomanizer.isSyllable('김'));
        assertFalse(HangulRomanizer.isSyllable('ㄱ'));
        assertFalse(HangulRomanizer.isSyllable('K'));
        assertThrows(IllegalArgumentException.class, () -> HangulRomanizer.syllable('ㄱ'));
    }

    @Test
    void namesAreRomanisedSyllableBySyllableWithoutSoundChanges() {
        // RR for names: 한복남 is Han Boknam, not Bongnam; 김영남 is Gim Yeongnam
        assertEquals("hanboknam", romanise("한복남"));
        assertEquals("gimyeongnam", romanise("김영남"));
        assertEquals("hoeryeong", romanise("회령"));
    }

    private static String romanise(String hangul) {
        return Word.hangul(hangul).letters();
    }
}
