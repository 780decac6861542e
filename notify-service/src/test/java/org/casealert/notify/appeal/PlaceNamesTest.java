package org.casealert.notify.appeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Facilities and towns as each language's letter names them, whatever script the source wrote them in. */
class PlaceNamesTest {

    @ParameterizedTest(name = "{0} → {1} / {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "Tumen Border Detention Center   | Tumen Border Detention Center | 투먼 변방 구류소     | 图们边防拘留所",
            "Tumen border detention centre   | Tumen Border Detention Center | 투먼 변방 구류소     | 图们边防拘留所",
            "图们边防拘留所                   | Tumen Border Detention Center | 투먼 변방 구류소     | 图们边防拘留所",
            "图们市边防看守所                 | Tumen Border Detention Center | 투먼 변방 구류소     | 图们边防拘留所",
            "도문 변방구류소                  | Tumen Border Detention Center | 투먼 변방 구류소     | 图们边防拘留所",
            "Hunchun PSB                     | Hunchun Public Security Bureau | 훈춘 공안국         | 珲春公安局",
            "Yanji PSB detention house       | Yanji Public Security Bureau detention house | 옌지 공안국 구치소 | 延吉公安局看守所",
            "Dandong City Detention Center   | Dandong Detention Center      | 단둥 구치소          | 丹东看守所",
            "Ji'an police station            | Ji'an Police Station          | 지안 파출소          | 集安派出所",
            "Shenyang Detention Centre       | Shenyang Detention Center     | 선양 구치소          | 沈阳看守所",
            "Changbai county jail            | Changbai Detention Facility   | 창바이 구류소        | 长白拘留所",
            "Kuntumen Road station           | Kuntumen Road station         | Kuntumen Road station | Kuntumen Road station",
            "a farm outside Yanji            | a farm outside Yanji          | a farm outside Yanji | a farm outside Yanji",
    })
    void facilities(String reported, String en, String ko, String zh) {
        assertThat(PlaceNames.facility("en", reported)).isEqualTo(en);
        assertThat(PlaceNames.facility("ko", reported)).isEqualTo(ko);
        assertThat(PlaceNames.facility("zh", reported)).isEqualTo(zh);
    }

    @ParameterizedTest(name = "{0} → {1} / {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "Hoeryong      | Hoeryong  | 회령    | 会宁",
            "Hoeryong City | Hoeryong  | 회령    | 会宁",
            "회령          | Hoeryong  | 회령    | 会宁",
            "茂山          | Musan     | 무산    | 茂山",
            "Sinuiju       | Sinuiju   | 신의주  | 新义州",
            "Pungsan       | Pungsan   | Pungsan | Pungsan",
    })
    void hometowns(String reported, String en, String ko, String zh) {
        assertThat(PlaceNames.place("en", reported)).isEqualTo(en);
        assertThat(PlaceNames.place("ko", reported)).isEqualTo(ko);
        assertThat(PlaceNames.place("zh", reported)).isEqualTo(zh);
    }
}
