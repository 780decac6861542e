package org.casealert.notify.appeal;

import java.util.List;

/**
 * What an appeal says, already in the recipient's language; the templates only lay it out. {@code people}
 * and {@code riskTexts} are empty for recipients without full disclosure.
 */
public record AppealLetter(
        String organisation,
        String recipientName,
        String reference,
        int sequence,
        String firstDate,
        String date,
        String headline,
        String whereAndSince,
        String deadline,
        int detaineeCount,
        int women,
        int minors,
        boolean full,
        List<Person> people,
        List<String> narratives,
        List<String> riskTexts,
        boolean risksRestricted,
        boolean unhcr,
        boolean embassy,
        boolean unMechanism,
        boolean repatriated,
        boolean resolved) {

    /** One person, as a line the letter can print. */
    public record Person(String name, String details, String notes) {
    }

    public boolean followUp() {
        return sequence > 1;
    }

    /** Which further-information update this is (0 for the first appeal). */
    public int update() {
        return sequence - 1;
    }

    public boolean hasDeadline() {
        return deadline != null;
    }
}
