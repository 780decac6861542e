package org.casealert.events.names;

/**
 * Revised Romanisation of precomposed Hangul syllables, one syllable at a time: personal names are romanised without
 * the sound changes between syllables, so no syllable needs to see its neighbours.
 */
final class HangulRomanizer {

    private static final char FIRST_SYLLABLE = '\uAC00';
    private static final char LAST_SYLLABLE = '\uD7A3';
    private static final int MEDIALS_TIMES_FINALS = 21 * 28;
    private static final int FINAL_COUNT = 28;

    private static final String[] INITIALS = { "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
            "ch", "k", "t", "p", "h" };
    private static final String[] MEDIALS = { "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i" };
    /** A final consonant is written as it sounds at the end of a syllable: ㄱ k, ㄹ l, ㅅ t, clusters by their voiced part. */
    private static final String[] FINALS = { "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
            "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t" };

    private HangulRomanizer() {
    }

    static boolean isSyllable(int codePoint) {
        return codePoint >= FIRST_SYLLABLE && codePoint <= LAST_SYLLABLE;
    }

    static String syllable(int codePoint) {
        if (!isSyllable(codePoint)) {
            throw new IllegalArgumentException("not a Hangul syllable: U+" + Integer.toHexString(codePoint));
        }
        int index = codePoint - FIRST_SYLLABLE;
        return INITIALS[index / MEDIALS_TIMES_FINALS]
                + MEDIALS[index % MEDIALS_TIMES_FINALS / FINAL_COUNT]
                + FINALS[index % FINAL_COUNT];
    }
}
