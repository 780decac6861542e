package org.casealert.events.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A romanised Korean spelling read as a row of sounds, each with the folded spellings it may stand for, likeliest
 * first. Folding keeps what the romanisations write alike and drops what they write differently (ㄱ g/k, ㅈ j/ch, ㄹ r/l,
 * ㅓ eo/ŏ/o, ㅡ eu/ŭ/u, aspiration marks), so that one name spelled several ways reads the same.
 */
final class Spelling {

    /** Beyond this many ambiguous sounds only the likeliest reading is kept, so that odd input cannot blow up. */
    private static final int MAX_AMBIGUOUS_SOUNDS = 6;

    private static final String VOWELS_AND_GLIDES = "aeiouwy";

    /** An h after a vowel and before a consonant or the end is English spelling ("Ahn", "Oh", "Bahk"), never ㅎ. */
    private static final Pattern SILENT_H = Pattern.compile("(?<=[aeiou])h(?![aeiouwy])");

    /** Consonant pairs that start a syllable, so a vowel before them may still end its syllable open. */
    private static final Set<String> ONSETS = Set.of("ch", "sh", "th", "ph", "kk", "tt", "pp", "ss", "jj");

    /**
     * Letter groups and their readings, '|' between alternatives. U is a u that may also be ㅓ: South Korean spellings
     * write ㅓ as u in closed syllables ("Sung" 성, "Chul" 철, "Hyun" 현), and "ou" as in "Young" 영 or "You" 유.
     */
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("yeo", "yo"), Map.entry("yae", "ye"), Map.entry("you", "yU"), Map.entry("yoo", "yu"),
            Map.entry("wae", "we"), Map.entry("weo", "wo"), Map.entry("woo", "u"), Map.entry("wee", "wi"),
            Map.entry("eui", "i"),
            // joined given names hide the syllable break: Daeun 다은 but Haeundae 해운대, Seeun 세은
            Map.entry("aeu", "aeu|au"), Map.entry("eeu", "eu|iu"),
            Map.entry("ae", "ae"), Map.entry("ai", "ai|ae"), Map.entry("ya", "ya"), Map.entry("ye", "ye"),
            Map.entry("yo", "yo"), Map.entry("yu", "yU"), Map.entry("yi", "i"), Map.entry("wa", "wa"),
            Map.entry("wo", "wo"), Map.entry("we", "we"), Map.entry("wi", "wi"), Map.entry("wu", "u"),
            Map.entry("eo", "o"), Map.entry("eu", "u"), Map.entry("oe", "we"), Map.entry("oi", "we|oi"),
            // 의 and 희 are ui, ŭi, eui, hee and hi by turns; 이 and 의 meeting is the price
            Map.entry("ee", "i"), Map.entry("ui", "i"),
            Map.entry("oo", "u"), Map.entry("ou", "U"), Map.entry("u", "U"),
            Map.entry("ng", "ng"), Map.entry("ch", "j"), Map.entry("sh", "s"), Map.entry("th", "t"),
            Map.entry("ph", "p"), Map.entry("ck", "k"),
            Map.entry("g", "k"), Map.entry("d", "t"), Map.entry("b", "p"), Map.entry("r", "l"));

    private final List<List<String>> sounds;

    private Spelling(List<List<String>> sounds) {
        this.sounds = sounds;
    }

    /**
     * Reads one unbroken run of lowercase ASCII letters. Exact spellings are Hangul syllables romanised one at a time,
     * where u is only ever ㅜ and no syllable break is hidden.
     */
    static Spelling parse(String letters, boolean exact) {
        String s = SILENT_H.matcher(letters).replaceAll("");
        List<List<String>> sounds = new ArrayList<>();
        int at = 0;
        while (at < s.length()) {
            int end = groupEnd(s, at);
            String group = s.substring(at, end);
            sounds.add(alternatives(GROUPS.getOrDefault(group, group), s, end, exact));
            at = end;
        }
        return new Spelling(sounds);
    }

    static Spelling join(List<Spelling> spellings) {
        List<List<String>> sounds = new ArrayList<>();
        spellings.forEach(spelling -> sounds.addAll(spelling.sounds));
        return new Spelling(sounds);
    }

    /** Every folded reading, sorted. */
    Set<String> readings() {
        List<String> readings = List.of("");
        int ambiguous = 0;
        for (List<String> alternatives : withInitialSoundRule()) {
            boolean expand = alternatives.size() > 1 && ambiguous < MAX_AMBIGUOUS_SOUNDS;
            if (expand) {
                ambiguous++;
            }
            List<String> next = new ArrayList<>();
            for (String reading : readings) {
                for (String alternative : expand ? alternatives : alternatives.subList(0, 1)) {
                    next.add(reading + alternative);
                }
            }
            readings = next;
        }
        return new TreeSet<>(readings);
    }

    /** The likeliest reading alone. */
    String primary() {
        StringBuilder reading = new StringBuilder();
        withInitialSoundRule().forEach(alternatives -> reading.append(alternatives.get(0)));
        return reading.toString();
    }

    private static int groupEnd(String s, int from) {
        for (int end = Math.min(s.length(), from + 3); end > from + 1; end--) {
            if (GROUPS.containsKey(s.substring(from, end))) {
                return end;
            }
        }
        return from + 1;
    }

    private static List<String> alternatives(String readings, String s, int next, boolean exact) {
        if (readings.contains("U")) {
            String u = readings.replace('U', 'u');
            return !exact && closesSyllable(s, next) ? List.of(u, readings.replace('U', 'o')) : List.of(u);
        }
        if (readings.equals("ng") && !exact && next < s.length() && VOWELS_AND_GLIDES.indexOf(s.charAt(next)) >= 0) {
            // a joined "Mingi" is 민기 as well as 밍이
            return List.of("ng", "nk");
        }
        return List.of(readings.split("\\|"));
    }

    /** Whether the consonants after a vowel include its syllable's final one. */
    private static boolean closesSyllable(String s, int from) {
        int end = from;
        while (end < s.length() && VOWELS_AND_GLIDES.indexOf(s.charAt(end)) < 0) {
            end++;
        }
        String run = s.substring(from, end);
        if (run.isEmpty()) {
            return false;
        }
        if (end == s.length()) {
            return true;
        }
        if (run.length() == 1) {
            // a lone consonant starts the next syllable, unless a glide does ("Hyunwoo"); ㅎ is never final
            return !run.equals("h") && "wy".indexOf(s.charAt(end)) >= 0;
        }
        return !ONSETS.contains(run);
    }

    /**
     * The South Korean initial-sound rule: a word-initial ㄹ becomes ㄴ, and either is dropped before i or y (리 → 이,
     * 로 → 노, 녀 → 여). The North writes Ri, Ro, Ryong where the South writes Lee, No, Yong, so both fold the southern way.
     */
    private List<List<String>> withInitialSoundRule() {
        if (sounds.size() < 2) {
            return sounds;
        }
        String first = sounds.get(0).get(0);
        char next = sounds.get(1).get(0).charAt(0);
        boolean beforeI = next == 'i' || next == 'y';
        if (!first.equals("l") && !(first.equals("n") && beforeI)) {
            return sounds;
        }
        List<List<String>> softened = new ArrayList<>(sounds.subList(1, sounds.size()));
        if (!beforeI) {
            softened.add(0, List.of("n"));
        }
        return softened;
    }
}
