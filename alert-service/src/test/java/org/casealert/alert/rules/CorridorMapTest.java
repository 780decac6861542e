package org.casealert.alert.rules;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorridorMapTest {

    static final CorridorMap CORRIDORS = new CorridorMap(Map.ofEntries(Map.entry("dandong", "DANDONG-SINUIJU"),
            Map.entry("shenyang", "DANDONG-SINUIJU"), Map.entry("changbai", "CHANGBAI-HYESAN"),
            Map.entry("helong", "NANPING-MUSAN"), Map.entry("nanping", "NANPING-MUSAN"),
            Map.entry("tumen", "TUMEN-ONSONG"), Map.entry("yanji", "TUMEN-ONSONG"), Map.entry("longjing", "TUMEN-ONSONG"),
            Map.entry("hunchun", "HUNCHUN-KYONGWON"), Map.entry("图们", "TUMEN-ONSONG"),
            Map.entry("珲春", "HUNCHUN-KYONGWON")));

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "Tumen Border Detention Center, -, TUMEN-ONSONG",
            "Dandong Border Detention Center, Dandong, DANDONG-SINUIJU",
            "Yanji PSB detention house, Yanji, TUMEN-ONSONG",
            "-, Longjing, TUMEN-ONSONG",
            "Hunchun detention centre, -, HUNCHUN-KYONGWON",
            "Changbai county jail, -, CHANGBAI-HYESAN",
            "-, Helong, NANPING-MUSAN",
            "Nanping border post, -, NANPING-MUSAN",
            "Shenyang PSB, Shenyang, DANDONG-SINUIJU",
            "图们边防看守所, -, TUMEN-ONSONG",
            "-, 珲春市, HUNCHUN-KYONGWON",
            "Kunming PSB detention house, Kunming, -",
            "-, Jinan, -",
            "-, -, -",
            "Kuntumen Road station, -, -",
            "a facility in an unknown place, Yanji, TUMEN-ONSONG" })
    void aCaseGetsTheCorridorOfItsFacilityOrCity(String facility, String city, String corridor) {
        assertThat(CORRIDORS.corridorOf(facility, city).orElse(null)).isEqualTo(corridor);
    }
}
