package org.casealert.events.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One word of a name in one script: its text (Hangul syllables, or a Latin word's lowercase ASCII letters) and its
 * parts. A Hangul word's parts are its syllables romanised; a Latin word's are the pieces the writer separated with
 * hyphens or apostrophes ("Ch'ŏl-su" is ch, eol, su), because those separators tell where syllables break.
 */
record Word(String text, List<String> parts, boolean hangul) {

    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´ʼʻ′]");
    private static final String PART_BREAKS = "'-‐‑‒–";
    private static final char BREVE = '\u0306';
    private static final char CARON = '\u030C';

    static Word hangul(String syllables) {
        return new Word(syllables, syllables.codePoints().mapToObj(HangulRomanizer::syllable).toList(), true);
    }

    /** The words of a name or place; anything neither Latin nor Hangul (digits, punctuation, hanja) parts words. */
    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        // NFKC also turns the full-width letters of East Asian keyboards into ASCII
        String normal = Normalizer.normalize(APOSTROPHES.matcher(text).replaceAll("'"), Normalizer.Form.NFKC);
        StringBuilder hangul = new StringBuilder();
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int codePoint : normal.codePoints().toArray()) {
            String letters = latinLetters(codePoint);
            if (HangulRomanizer.isSyllable(codePoint)) {
                endLatin(words, parts, part);
                hangul.appendCodePoint(codePoint);
            } else if (!letters.isEmpty()) {
                endHangul(words, hangul);
                part.append(letters);
            } else if (PART_BREAKS.indexOf(codePoint) >= 0) {
                endPart(parts, part);
            } else if (Character.getType(codePoint) != Character.NON_SPACING_MARK) {
                endLatin(words, parts, part);
                endHangul(words, hangul);
            }
        }
        endLatin(words, parts, part);
        endHangul(words, hangul);
        return words;
    }

    String letters() {
        return String.join("", parts);
    }

    Spelling spelling() {
        return Spelling.join(parts.stream().map(part -> Spelling.parse(part, hangul)).toList());
    }

    /** Syllables from..to of a Hangul word. */
    Word slice(int from, int to) {
        return hangul(text.substring(from, to));
    }

    /** A Latin letter as lowercase ASCII; McCune–Reischauer ŏ and ŭ (or their caron look-alikes) as eo and eu. */
    private static String latinLetters(int codePoint) {
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        char base = Character.toLowerCase(decomposed.charAt(0));
        if (base < 'a' || base > 'z') {
            return "";
        }
        boolean marked = decomposed.indexOf(BREVE) > 0 || decomposed.indexOf(CARON) > 0;
        return (base == 'o' || base == 'u') && marked ? "e" + base : String.valueOf(base);
    }

    private static void endPart(List<String> parts, StringBuilder part) {
        if (part.length() > 0) {
            parts.add(part.toString());
            part.setLength(0);
        }
    }

    private static void endLatin(List<Word> words, List<String> parts, StringBuilder part) {
        endPart(parts, part);
        if (!parts.isEmpty()) {
            words.add(new Word(String.join("", parts), List.copyOf(parts), false));
            parts.clear();
        }
    }

    private static void endHangul(List<Word> words, StringBuilder hangul) {
        if (hangul.length() > 0) {
            words.add(hangul(hangul.toString()));
            hangul.setLength(0);
        }
    }
}
