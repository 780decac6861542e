package org.casealert.events.names;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static java.util.stream.Collectors.toUnmodifiableSet;

/**
 * Korean surnames, recognised under any romanisation whose folded reading is that of a surname. Surnames are listed in
 * Hangul so that their spellings follow from the same folding as given names: Gim, Kim and 김 all read kim.
 */
final class KoreanSurnames {

    /**
     * The common surnames. Northern ㄹ-initial forms (리 Ri, 림 Rim, 류 Ryu, 량 Ryang, 로 Ro, 라 Ra) need no entry: the
     * initial-sound rule folds them into 이, 임, 유, 양, 노 and 나.
     */
    private static final String COMMON = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 "
            + "심 노 하 곽 성 차 주 우 구 민 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 "
            + "기 반 왕 금 옥 육 인 맹 제 모 탁 국 태 계 용 예 경 봉 편";

    private static final Set<String> TWO_SYLLABLE = Set.of("남궁", "황보", "제갈", "선우", "독고", "사공", "서문");

    /** English-style spellings that no romanisation rule explains: a silent r or h, "Back" for 백 rather than 박. */
    private static final Map<String, String> IRREGULAR = Map.of("park", "박", "rhee", "이", "rhie", "이", "yee", "이",
            "suh", "서", "huh", "허", "hur", "허", "back", "백", "whang", "황", "choy", "최");

    private static final Set<String> READINGS = Stream
            .concat(Arrays.stream(COMMON.split(" ")), TWO_SYLLABLE.stream())
            .flatMap(surname -> Word.hangul(surname).spelling().readings().stream())
            .collect(toUnmodifiableSet());

    private KoreanSurnames() {
    }

    /** How many leading syllables of a Hangul full name written without a space are the surname. */
    static int syllablesIn(String hangulName) {
        return hangulName.length() > 2 && TWO_SYLLABLE.contains(hangulName.substring(0, 2)) ? 2 : 1;
    }

    /** The folded surname readings of a word, sorted; empty if the word is no known surname. */
    static Set<String> readings(Word word) {
        String irregular = word.hangul() ? null : IRREGULAR.get(word.letters());
        Spelling spelling = irregular == null ? word.spelling() : Word.hangul(irregular).spelling();
        Set<String> readings = new TreeSet<>(spelling.readings());
        readings.retainAll(READINGS);
        return readings;
    }
}
