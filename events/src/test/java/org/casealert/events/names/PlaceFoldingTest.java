package org.casealert.events.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceFoldingTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Hoeryong | Hoeryŏng
            Hoeryong | 회령
            Hoeryong | Hweryong
            Hoeryong | HOERYONG
            Hoeryong | Hoeryong-si
            Hoeryong | 회령시
            Hoeryong | Hoeryong City
            Hoeryong | Hoeryŏng, North Hamgyŏng
            Hoeryong | Hoeryong (near the Tumen)
            Hyesan | 혜산
            Hyesan | Hyesan-si, Ryanggang
            Musan | 무산군
            Musan | Musan-gun
            Onsong | Onsŏng
            Onsong | 온성
            Chongjin | Ch'ŏngjin
            Chongjin | 청진
            Sinuiju | Sinŭiju
            Sinuiju | 신의주
            Sinuiju | Shinuiju
            Hamhung | Hamhŭng
            Hamhung | 함흥
            Pyongyang | P'yŏngyang
            Pyongyang | 평양
            Kimchaek | Kimch'aek
            Kimchaek | 김책
            Rason | 나선
            Rason | 라선
            Kaesong | Kaesŏng
            Kaesong | 개성
            """)
    void spellingsOfOnePlaceFoldAlike(String a, String b) {
        assertEquals(NameFolding.foldPlace(a), NameFolding.foldPlace(b));
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({ "Hyesan, Hoeryong", "Hoeryong, Hwaryong", "Musan, Mundok", "Onsong, Onchon", "Chongjin, Chongju",
            "혜산, 회령", "Sinuiju, Sinpo" })
    void differentPlacesDiffer(String a, String b) {
        assertNotEquals(NameFolding.foldPlace(a), NameFolding.foldPlace(b));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   ", "???", "42", ", ," })
    void nothingUsableFoldsToEmpty(String place) {
        assertEquals("", NameFolding.foldPlace(place));
    }

    @Test
    void foldedPlacesAreLowercaseAsciiAndStable() {
        String folded = NameFolding.foldPlace("Hoeryŏng");
        assertTrue(folded.matches("[a-z]+"), folded);
        assertEquals(folded, NameFolding.foldPlace("Hoeryŏng"));
    }
}
