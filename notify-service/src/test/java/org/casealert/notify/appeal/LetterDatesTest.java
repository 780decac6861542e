package org.casealert.notify.appeal;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LetterDatesTest {

    @ParameterizedTest
    @CsvSource({ "en, 2026-12-01, 1 December 2026", "en, 2023-10-09, 9 October 2023", "ko, 2026-12-01, 2026년 12월 1일",
            "ko, 2024-04-26, 2024년 4월 26일", "zh, 2026-12-01, 2026年12月1日", "zh, 2023-10-09, 2023年10月9日",
            "fr, 2026-12-01, 1 December 2026" })
    void eachLanguageWritesDatesItsOwnWay(String language, LocalDate date, String written) {
        assertThat(LetterDates.format(language, date)).isEqualTo(written);
    }
}
