package org.casealert.events.names;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpellingTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # consonants fold by place, not by voicing or aspiration
            gim        | kim
            cheol      | jol
            jol        | jol
            taek       | taek
            phyong     | pyong
            shin       | sin
            # ㅓ eo/o, ㅡ eu/u, 의 and 희 with ㅣ, oo and ee as English spells them
            yeong      | yong
            eun        | un
            hui        | hi
            hee        | hi
            soo        | su
            weon       | won
            hoe        | hwe
            # u in a closed syllable may be ㅓ (Sung 성, Chul 철); in an open one it may not (Sumi 수미)
            sung       | song sung
            chulsoo    | jolsu julsu
            sumi       | sumi
            young      | yong yung
            # the silent h of English spelling
            ahn        | an
            bahk       | pak
            # the initial-sound rule, only at the start
            ri         | i
            ryonghae   | yonghae
            rason      | nason
            nyo        | yo
            solri      | solli
            # joined syllables whose break is unclear
            mingi      | mingi minki
            daeun      | taeun taun
            """)
    void readings(String letters, String readings) {
        assertEquals(Set.of(readings.split(" ")), Spelling.parse(letters, false).readings());
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({ "sung, sung", "jun, jun", "hyeon, hyon" })
    void hangulSpellingsAreExact(String romanised, String reading) {
        assertEquals(Set.of(reading), Spelling.parse(romanised, true).readings());
    }
}
