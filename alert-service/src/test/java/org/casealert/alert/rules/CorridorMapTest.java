package org.casealert.alert.rules;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorridorMapTest {

    static final List<String> JILIN = List.of("jilin", "吉林", "지린", "길림");
    static final CorridorMap CORRIDORS = new CorridorMap(Map.ofEntries(Map.entry("dandong", "DANDONG-SINUIJU"),
            Map.entry("changbai", "CHANGBAI-HYESAN"), Map.entry("helong", "NANPING-MUSAN"),
            Map.entry("nanping", "NANPING-MUSAN"), Map.entry("tumen", "TUMEN-ONSONG"), Map.entry("yanji", "TUMEN-ONSONG"),
            Map.entry("longjing", "TUMEN-ONSONG"), Map.entry("hunchun", "HUNCHUN-KYONGWON"),
            Map.entry("jian", "JIAN-MANPO"), Map.entry("quanhe", "QUANHE-WONJONG"), Map.entry("sanhe", "SANHE-HOERYONG"),
            Map.entry("图们", "TUMEN-ONSONG"), Map.entry("珲春", "HUNCHUN-KYONGWON"), Map.entry("투먼", "TUMEN-ONSONG"),
            Map.entry("도문", "TUMEN-ONSONG"), Map.entry("단둥", "DANDONG-SINUIJU")),
            Map.of("DANDONG-SINUIJU", List.of("liaoning", "辽宁", "랴오닝"), "NANPING-MUSAN", JILIN, "TUMEN-ONSONG", JILIN,
                    "HUNCHUN-KYONGWON", JILIN, "JIAN-MANPO", JILIN, "SANHE-HOERYONG", JILIN, "QUANHE-WONJONG", JILIN));

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
            "Shenyang PSB, Shenyang, -",
            "图们边防看守所, -, TUMEN-ONSONG",
            "-, 珲春市, HUNCHUN-KYONGWON",
            "Kunming PSB detention house, Kunming, -",
            "-, Jinan, -",
            "-, -, -",
            "Kuntumen Road station, -, -",
            "'Tumen border post, Tumen', -, TUMEN-ONSONG",
            "'<script>alert(1)</script> Hunchun holding house', -, HUNCHUN-KYONGWON",
            "a facility in an unknown place, Yanji, TUMEN-ONSONG" })
    void aCaseGetsTheCorridorOfItsFacilityOrCity(String facility, String city, String corridor) {
        assertThat(CORRIDORS.corridorOf(facility, city, null).orElse(null)).isEqualTo(corridor);
    }

    @ParameterizedTest(name = "{0} / {1} in {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "Nanping border post, -, Jilin, NANPING-MUSAN",
            "Nanping PSB, Nanping, Fujian, -",
            "-, Longjing, Zhejiang, -",
            "-, Longjing, Jilin Province, TUMEN-ONSONG",
            "-, Longjing, 吉林省, TUMEN-ONSONG",
            "투먼 변방구류소, -, 지린성, TUMEN-ONSONG",
            "도문 구류소, -, 길림성, TUMEN-ONSONG",
            "단둥 변방구류소, -, 랴오닝성, DANDONG-SINUIJU",
            "Dandong Border Detention Center, -, Jilin, -",
            "Ji'an border post, -, Jilin, JIAN-MANPO",
            "Ji’an detention house, -, -, JIAN-MANPO",
            "Quanhe port, -, Jilin, QUANHE-WONJONG",
            "-, Sanhe, Jilin, SANHE-HOERYONG",
            "-, Sanhe, Hebei, -",
            "Tumen Border Detention Center, -, -, TUMEN-ONSONG" })
    void aCorridorLiesInOneProvinceAndIsKnownInEveryScript(String facility, String city, String province,
            String corridor) {
        assertThat(CORRIDORS.corridorOf(facility, city, province).orElse(null)).isEqualTo(corridor);
    }
}
