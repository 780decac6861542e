package org.casealert.alert.rules;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which handover crossing a case is headed for, from the words of its facility or city, romanised or in
 * Korean or Chinese script: Dandong and Liaoning's border cities → DANDONG-SINUIJU, Changbai →
 * CHANGBAI-HYESAN, Helong and Nanping → NANPING-MUSAN, Tumen, Yanji and Longjing → TUMEN-ONSONG, Hunchun →
 * HUNCHUN-KYONGWON, Ji'an → JIAN-MANPO, Linjiang → LINJIANG-JUNGGANG, Sanhe → SANHE-HOERYONG, Quanhe →
 * QUANHE-WONJONG. A corridor lies in one province: a place of the same name elsewhere (Nanping in Fujian,
 * Longjing in Zhejiang) has none. Places far from the border (Kunming, Shandong, Shenyang) have none.
 */
public final class CorridorMap {

    private final Map<String, String> places;
    private final Map<String, List<String>> provinces;

    /**
     * @param places place words (lower case; Korean and Chinese as written) to corridors
     * @param provinces per corridor, the names of its province in each script (lower case)
     */
    public CorridorMap(Map<String, String> places, Map<String, List<String>> provinces) {
        this.places = new TreeMap<>();
        places.forEach((place, corridor) -> this.places.put(place.toLowerCase(Locale.ROOT), corridor));
        this.provinces = new TreeMap<>();
        provinces.forEach((corridor, names) -> this.provinces.put(corridor,
                names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList()));
    }

    public Optional<String> corridorOf(String facility, String city, String province) {
        return find(facility).or(() -> find(city)).filter(corridor -> inProvince(corridor, province));
    }

    private boolean inProvince(String corridor, String province) {
        List<String> names = provinces.get(corridor);
        if (province == null || province.isBlank() || names == null || names.isEmpty()) {
            return true;
        }
        String lower = province.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(lower::contains);
    }

    private Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // "Ji'an" and "Ji’an" are one word
        String lower = text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        // a word may come twice ("Tumen border post, Tumen"): Set.of would refuse the text
        Set<String> words = new HashSet<>(Arrays.asList(lower.split("[^\\p{L}]+")));
        for (Map.Entry<String, String> place : places.entrySet()) {
            boolean ascii = place.getKey().chars().allMatch(c -> c < 128);
            if (ascii ? words.contains(place.getKey()) : lower.contains(place.getKey())) {
                return Optional.of(place.getValue());
            }
        }
        return Optional.empty();
    }
}
