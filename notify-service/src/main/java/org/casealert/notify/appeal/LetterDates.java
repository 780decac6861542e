package org.casealert.notify.appeal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as each language writes them in a letter: 1 December 2026, 2026년 12월 1일, 2026年12月1日. */
public final class LetterDates {

    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private LetterDates() {
    }

    public static String format(String language, LocalDate date) {
        return switch (language) {
            case "ko" -> date.getYear() + "년 " + date.getMonthValue() + "월 " + date.getDayOfMonth() + "일";
            case "zh" -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            default -> EN.format(date);
        };
    }
}
