package org.casealert.events.names;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameFoldingTest {

    @ParameterizedTest(name = "{0} meets {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # the five spellings of 김철수 from the brief, Hangul both joined and spaced, surname last
            Kim Cheol-su | KIM CHOL SU
            Kim Cheol-su | Kim Ch'ŏl-su
            Kim Cheol-su | Gim Cheolsu
            Kim Cheol-su | 김철수
            KIM CHOL SU | Kim Ch’ŏl-su
            Gim Cheolsu | 김철수
            Kim Chul-soo | Kim Cheol-su
            Cheol-su Kim | Kim Cheol-su
            Cheolsu KIM | 김 철수
            Kim 철수 | 김철수
            KIM철수 | Kim Cheol-su
            # North Korean officials: DPRK style, McCune–Reischauer with and without marks, Revised Romanisation, Hangul
            Kim Jong-un | Kim Chŏng-ŭn
            Kim Jong-un | 김정은
            Kim Jong Un | Kim Jeong-eun
            Kim Jong-il | Kim Chŏng-il
            Kim Jong-il | 김정일
            Kim Il-sung | Kim Il-sŏng
            Kim Il-sung | 김일성
            Kim Il Sung | Kim Ilsong
            Ri Sol-ju | Lee Seol-ju
            Ri Sol-ju | 리설주
            Lee Seol-ju | 이설주
            Ri Sol-ju | Yi Sŏl-chu
            Pak Pong-ju | Park Bong-ju
            Pak Pong-ju | 박봉주
            Bahk Bong-joo | Pak Pong-ju
            Choe Ryong-hae | Choi Ryong-hae
            Choe Ryong-hae | Ch'oe Ryong-hae
            Choe Ryong-hae | 최룡해
            Chwe Ryong-hae | Choi Yong-hae
            Kim Yong-nam | Kim Yŏng-nam
            Kim Yong-nam | 김영남
            Kim Young-nam | Kim Yeong-nam
            Jang Song-thaek | Chang Sŏng-t'aek
            Jang Song-thaek | 장성택
            Jang Sung-taek | Chang Song-thaek
            Kim Yo-jong | Kim Yŏ-jŏng
            Kim Yo-jong | 김여정
            Choe Son-hui | Ch'oe Sŏn-hŭi
            Choe Son-hui | Choi Sun-hee
            Hyon Song-wol | Hyŏn Song-wŏl
            Hyon Song-wol | Hyun Song-wol
            Hyon Song-wol | 현송월
            Ri Yong-ho | Lee Yong-ho
            Ri Yong-ho | 리용호
            Kim Yong-chol | Kim Yŏng-ch'ŏl
            Kim Yong-chol | 김영철
            Ri Son-gwon | Ri Sŏn-kwŏn
            Ri Son-gwon | 리선권
            Jo Yong-won | Cho Yong-wŏn
            Jo Yong-won | 조용원
            Hwang Pyong-so | Hwang Pyŏng-sŏ
            Hwang Pyong-so | 황병서
            O Jin-u | Oh Jin-woo
            O Jin-u | 오진우
            Kang Sok-ju | Kang Sŏk-chu
            Kang Sok-ju | 강석주
            Kim Kye-gwan | Kim Kye-kwan
            Kim Kye-gwan | 김계관
            Choe Thae-bok | Ch'oe T'ae-bok
            Choe Thae-bok | 최태복
            Thae Yong-ho | Tae Young-ho
            Thae Yong-ho | 태영호
            Kim Kyong-hui | Kim Kyŏng-hŭi
            Kim Kyong-hui | Kim Kyung-hee
            Kim Kyong-hui | 김경희
            # South Korean names in their common passport spellings
            Park Geun-hye | Pak Kŭn-hye
            Park Geun-hye | 박근혜
            Moon Jae-in | Mun Chae-in
            Moon Jae-in | 문재인
            Lee Myung-bak | Yi Myŏng-bak
            Lee Myung-bak | 이명박
            Roh Moo-hyun | No Mu-hyŏn
            Roh Moo-hyun | 노무현
            Kim Dae-jung | Kim Tae-jung
            Kim Dae-jung | 김대중
            Ban Ki-moon | Pan Ki-mun
            Ban Ki-moon | 반기문
            # defectors and witnesses, some with the given name first
            Shin Dong-hyuk | Sin Tong-hyŏk
            Shin Dong-hyuk | 신동혁
            Lee Hyeon-seo | Yi Hyŏn-sŏ
            Hyeonseo Lee | 이현서
            Park Yeon-mi | Pak Yŏn-mi
            Yeonmi Park | 박연미
            Ji Seong-ho | Chi Sŏng-ho
            Ji Seong-ho | 지성호
            Kang Chol-hwan | Kang Ch'ŏl-hwan
            Kang Chol-hwan | 강철환
            Ahn Myung-chul | An Myŏng-ch'ŏl
            Ahn Myung-chul | 안명철
            Kwon Hyok | Gwon Hyeok
            Kwon Hyuk | 권혁
            # surname variants
            Jeong Kyong-hui | Jung Kyung-hee
            Jeong Kyong-hui | Chŏng Kyŏng-hŭi
            Chung Kyung-hee | 정경희
            Jeon Il-chun | Chon Il-chun
            Jun Il-chun | Jeon Il-chun
            Chun Il-chun | 전일춘
            Rim Chun-hwa | Lim Chun-hwa
            Im Chun-hwa | Yim Chun-hwa
            Rim Chun-hwa | 임춘화
            Ro Tu-chol | No Tu-ch'ŏl
            Roh Tu-chol | 노두철
            Ryu Kyong | Yoo Kyung
            Ryoo Kyong | You Kyong
            Yu Kyong | 류경
            Seo Yun-hui | Suh Yoon-hee
            So Yun-hui | 서윤희
            Heo Jong-man | Hur Jong-man
            Huh Jong-man | Ho Jong-man
            Heo Jong-man | 허종만
            Ko Yong-hui | Koh Young-hee
            Go Yong-hui | 고용희
            Baek Nam-sun | Paek Nam-sun
            Paik Nam-soon | Back Nam-sun
            Baek Nam-sun | 백남순
            Bae Ok-sun | Pae Ok-sun
            Kim Ok-sun | Kim Ok Sun
            Kim Ok-sun | Kim Oksun
            Ok-sun Kim | 김옥순
            Pak Kum-hui | Park Geum-hee
            Pak Kum-hui | 박금희
            Yang Hyong-sop | Ryang Hyong-sop
            Yang Hyong-sop | 양형섭
            Ri Ul-sol | Lee Eul-seol
            Ri Ul-sol | 리을설
            Yun Ho-jin | Yoon Ho-jin
            Youn Ho-jin | 윤호진
            Moon Jae-hyun | Mun Chae-hyŏn
            Kang Min-ho | Gang Min-ho
            Kahng Min-ho | 강민호
            Kwak Mun-ho | Gwak Mun-ho
            Kwack Mun-ho | 곽문호
            Woo Jin-ho | U Chin-ho
            Woo Jin-ho | 우진호
            Nam Min-ho | 남민호
            Hong Min-ho | 홍민호
            Song Min-ho | 송민호
            Han Min-ho | Hahn Min-ho
            Hwang Min-ho | Whang Min-ho
            Sohn Min-ho | Son Min-ho
            Namgung Min | 남궁민
            Nam-gung Min | Namkung Min
            Hwangbo Chol | 황보철
            Sunwoo Jin | 선우진
            # given names joined, spaced or hyphenated; full-width letters
            Kim Da-eun | Kim Daeun
            Kim Ha-eun | Kim Haeun
            Kim Min-gi | Kim Mingi
            Kim Hyun-woo | Kim Hyon-u
            Kim Hyunwoo | 김현우
            Lee Ji-eun | Ri Chi-ŭn
            Kim Ji-eun | 김지은
            Kim Hye-eun | Kim Hyeeun
            Kim Ok-hui | Kim Ok-hee
            Kim Ok-hui | Kim Ok Hui
            Kim Ok-hui | 김옥희
            Cho Ok-hui | Jo Okhee
            Ｋｉｍ Ｃｈｅｏｌ-ｓｕ | Kim Cheol-su
            Kim Yong-gil | Kim Yonggil
            Kim Yong-il | Kim Yongil
            Kim Sŏn'gu | Kim Sun-gu
            Kim Chul Soo | KIM Cheol Su
            """)
    void spellingsOfOneNameMeet(String a, String b) {
        assertTrue(NameFolding.meet(a, b), () -> NameFolding.fold(a) + " shares nothing with " + NameFolding.fold(b));
        assertTrue(NameFolding.meet(b, a));
    }

    @ParameterizedTest(name = "{0} does not meet {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # other surname
            Kim Cheol-su | Park Cheol-su
            # other given name, swapped syllables, a syllable more or less, no given name
            Kim Ok-sun | Kim Ok-hui
            Kim Cheol-su | Kim Cheol-min
            Kim Min-ji | Kim Min-jun
            Kim Cheol-su | Kim Su-cheol
            Kim Ok-sun | Kim Ok
            Kim Cheol-su | Kim
            Kim Jong-un | Kim Jong-il
            Kim Jong-un | Kim Jong-nam
            Kim Yong-nam | Kim Nam-yong
            Lee Seol-ju | Lee Seol-hui
            # surnames that look alike but are not variants of each other
            Jeon Min-ho | Jeong Min-ho
            Chun Min-ho | Chung Min-ho
            Lee Min-ho | Lim Min-ho
            Han Min-ho | Ahn Min-ho
            Oh Min-ho | Woo Min-ho
            Oh Min-ho | Noh Min-ho
            Cho Min-ho | Choi Min-ho
            Kang Min-ho | Hwang Min-ho
            Yoon Ho-jin | Yang Ho-jin
            Seo Min-ji | Shin Min-ji
            Back Nam-sun | Park Nam-sun
            Baek Nam-sun | Bae Nam-sun
            Yu Min-ho | Lee Min-ho
            # Hangul is exact: 순 and 선 are told apart there even though "Sun" may be either
            김철수 | 김철민
            김옥순 | 김옥희
            김순희 | 김선희
            김민준 | 김민지
            # close given names
            Park Geun-hye | Park Geun-ho
            Kim Hyun-woo | Kim Hyung-woo
            Kim Sun-hee | Kim Sung-hee
            Ri Yong-ho | Ri Yong-ha
            Jang Song-thaek | Jang Song-il
            Hwang Pyong-so | Hwang Pyong-sop
            Kim Ki-nam | Kim Ki-man
            Choe Ryong-hae | Choe Ryong-su
            Kim Min-jun | Kim Jun-min
            Moon Jae-in | Moon Jae-hyun
            Ko Yong-hui | Ko Yong-hun
            Kim Jae-in | Kim Je-in
            Kim Yong-nam | Kim Yon-nam
            Kim Ok-hui | Kim Ok-kyong
            Kim Cheol-su | Kim Chol-su-ok
            Ri Sol-ju | Ri Sol
            """)
    void differentNamesDoNotMeet(String a, String b) {
        assertFalse(NameFolding.meet(a, b), () -> NameFolding.fold(a) + " shares a form with " + NameFolding.fold(b));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Lee 이 리 Yi Rhee Ri I Rhie Li Ree",
            "Park 박 Pak Bak Bahk",
            "Choi 최 Choe Chwe Ch'oe Choy",
            "Jung 정 Jeong Chung Chong Jong Chŏng Cheong Joung",
            "Jeon 전 Chon Chŏn Jun Chun Jon",
            "Yu 유 류 Ryu Yoo Ryoo You Lyu",
            "Kim 김 Gim",
            "Oh 오 O",
            "Shin 신 Sin",
            "Lim 임 림 Im Rim Yim",
            "Noh 노 로 Roh No Ro",
            "Ahn 안 An",
            "Yoon 윤 Yun Youn",
            "Moon 문 Mun",
            "Kang 강 Gang Kahng",
            "Cho 조 Jo",
            "Jang 장 Chang",
            "Seo 서 Suh So Sŏ",
            "Heo 허 Hur Huh Ho Hŏ",
            "Kwak 곽 Gwak Kwack",
            "Kwon 권 Gwon Kweon Kwŏn",
            "Ko 고 Go Koh",
            "Baek 백 Paek Back Paik Baik",
            "Bae 배 Pae",
            "Woo 우 U",
            "Yang 양 량 Ryang",
            "Hyun 현 Hyon Hyŏn Hyeon",
            "Eom 엄 Om Ŏm Um Uhm",
            "Namgung 남궁 Nam-gung Namkung",
            "Hwang 황 Whang"
    })
    void surnameVariantsMeet(String variants) {
        List<String> spellings = List.of(variants.split(" "));
        for (String spelling : spellings) {
            assertTrue(NameFolding.meet(spellings.get(0) + " Cheol-su", spelling + " Cheol-su"), spelling);
            assertTrue(NameFolding.meet(spellings.get(0) + " Cheol-su", "Cheol-su " + spelling), spelling);
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "  ", "???", "- ' -", "1985", "金正恩", "ㅋㅋ" })
    void nothingToFoldGivesNoForms(String name) {
        assertEquals(Set.of(), NameFolding.fold(name));
        assertFalse(NameFolding.meet(name, name));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Kim Cheol-su", "김철수", "O", "h", "Ri", "X Æ A-12", "Kim 철수", "ŭ", "Lee, Hyeon-seo (born 1980)" })
    void everyFormIsNonEmptyLowercaseAscii(String name) {
        Set<String> forms = NameFolding.fold(name);
        assertFalse(forms.isEmpty());
        for (String form : forms) {
            assertTrue(form.matches("[a-z]+(\\|[a-z]+)?"), form);
        }
    }

    @Test
    void surnameAndGivenNameAreFoldedApart() {
        assertEquals(Set.of("kim|jolsu", "kimjolsu"), NameFolding.fold("Kim Cheol-su"));
        assertTrue(NameFolding.fold("Cheol-su Kim").contains("kim|jolsu"));
    }

    @Test
    void twoSyllableSurnamesAreKeptWhole() {
        assertTrue(NameFolding.fold("남궁민").contains("namkung|min"));
        assertTrue(NameFolding.fold("김남궁").contains("kim|namkung"));
    }

    @Test
    void foldingIsDeterministic() {
        for (String name : List.of("Kim Chul-soo", "Choi Sun-hee", "최선희", "Ri Sol-ju", "Kim Hyun Sung Jung")) {
            Set<String> first = NameFolding.fold(name);
            assertEquals(first, NameFolding.fold(name));
            assertEquals(List.copyOf(first), List.copyOf(NameFolding.fold(new String(name.toCharArray()))));
        }
    }

    @Test
    void ambiguousSpellingsStayBounded() {
        assertTrue(NameFolding.fold("Un Un Un Un Un Un Un Un Un Un Un Un").size() <= 3 * 64);
    }
}
