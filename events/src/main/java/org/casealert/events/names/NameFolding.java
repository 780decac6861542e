package org.casealert.events.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Folds Korean personal and place names, romanised in any system or written in Hangul, to lowercase ASCII forms that
 * are keyed-hashed at intake, so that reports can be matched without anyone reading a name.
 * <p>
 * A name folds to its whole reading ("kimjolsu") and, where its first or last word is a surname, to
 * surname|given ("kim|jolsu"), so that surname-first and surname-last orders meet. Ambiguous spellings fold to every
 * reading they may stand for: "Chul" to jul and jol, since South Korean spelling writes 철 as Chul.
 */
public final class NameFolding {

    /** A hometown is often followed by its province or a note: "Hoeryong, North Hamgyong". */
    private static final Pattern PLACE_QUALIFIER = Pattern.compile("[,(/;]");
    /** Whether "Hoeryong", "Hoeryong-si" or "회령시", the town is the same. */
    private static final Pattern ADMINISTRATIVE_SUFFIX = Pattern.compile(
            "(?i)[\\s\\-]+(si|shi|gun|kun|city|county)\\s*$|(?<=[가-힣]{2})\\s*[시군]\\s*$");

    private NameFolding() {
    }

    /**
     * Every folded form under which this name (romanised, Hangul, or mixed) can match; empty if the input has nothing to fold.
     */
    public static Set<String> fold(String name) {
        List<Word> words = Word.of(name);
        if (words.isEmpty()) {
            return Set.of();
        }
        Set<String> forms = new TreeSet<>(spelling(words).readings());
        List<Integer> surnamePlaces = List.of(0, words.size() - 1);
        Word only = words.get(0);
        if (words.size() == 1 && only.hangul() && only.text().length() > 1) {
            // 김철수: Hangul runs a name together, surname first
            int split = KoreanSurnames.syllablesIn(only.text());
            words = List.of(only.slice(0, split), only.slice(split, only.text().length()));
            surnamePlaces = List.of(0);
        }
        if (words.size() > 1) {
            for (int place : new TreeSet<>(surnamePlaces)) {
                addSurnameForms(forms, words, place);
            }
        }
        return Collections.unmodifiableSet(forms);
    }

    /** Whether two names share a folded form. */
    public static boolean meet(String a, String b) {
        return !Collections.disjoint(fold(a), fold(b));
    }

    /** Folded form of a place name (hometown like "Hoeryong"/"Hoeryŏng"/"회령"/"Hweryong"), or empty string if nothing usable. */
    public static String foldPlace(String place) {
        if (place == null) {
            return "";
        }
        for (String part : PLACE_QUALIFIER.split(place)) {
            List<Word> words = Word.of(ADMINISTRATIVE_SUFFIX.matcher(part).replaceAll(""));
            if (!words.isEmpty()) {
                return spelling(words).primary();
            }
        }
        return "";
    }

    private static void addSurnameForms(Set<String> forms, List<Word> words, int place) {
        Set<String> surnames = KoreanSurnames.readings(words.get(place));
        if (surnames.isEmpty()) {
            return;
        }
        List<Word> given = new ArrayList<>(words);
        given.remove(place);
        for (String surname : surnames) {
            for (String reading : spelling(given).readings()) {
                forms.add(surname + "|" + reading);
            }
        }
    }

    private static Spelling spelling(List<Word> words) {
        return Spelling.join(words.stream().map(Word::spelling).toList());
    }
}
