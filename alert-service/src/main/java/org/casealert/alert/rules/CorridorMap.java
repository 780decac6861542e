package org.casealert.alert.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which handover crossing a case is headed for, from the words of its facility or city: Dandong and
 * Liaoning's border cities → DANDONG-SINUIJU, Changbai → CHANGBAI-HYESAN, Helong and Nanping →
 * NANPING-MUSAN, Tumen, Yanji and Longjing → TUMEN-ONSONG, Hunchun → HUNCHUN-KYONGWON. Places far
 * from the border (Kunming, Shandong) have none.
 */
public final class CorridorMap {

    private final Map<String, String> places;

    public CorridorMap(Map<String, String> places) {
        this.places = new TreeMap<>();
        places.forEach((place, corridor) -> this.places.put(place.toLowerCase(Locale.ROOT), corridor));
    }

    public Optional<String> corridorOf(String facility, String city) {
        return find(facility).or(() -> find(city));
    }

    private Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> words = Set.of(lower.split("[^\\p{L}]+"));
        for (Map.Entry<String, String> place : places.entrySet()) {
            boolean ascii = place.getKey().chars().allMatch(c -> c < 128);
            if (ascii ? words.contains(place.getKey()) : lower.contains(place.getKey())) {
                return Optional.of(place.getValue());
            }
        }
        return Optional.empty();
    }
}
