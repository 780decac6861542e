package org.casealert.notify.appeal;

import java.util.List;

import org.casealert.notify.config.NotifyConfig;

/**
 * What a letter says, already in the recipient's language; the templates only lay it out. It holds structured
 * facts and an operator's appeal summary only: never a hotline's narrative or a detainee's notes. {@code people}
 * are those whose own consent covers this recipient (for full disclosure only); {@code unnamed} the others.
 *
 * @param number the letter's number among those this recipient was sent on the case (1 for the first)
 * @param firstDate the date of the recipient's first letter on the case, {@code lastDate} of its last (null for the first)
 * @param changes what changed since the recipient's last letter (empty for a first letter)
 * @param peopleLine the people named, on one line (for a submission's "persons concerned")
 */
public record AppealLetter(
        Sender sender,
        String recipientName,
        String salutation,
        String reference,
        Type type,
        Recipient.Mandate mandate,
        int number,
        String firstDate,
        String lastDate,
        String date,
        String title,
        String headline,
        String whereAndSince,
        String handover,
        String prolonged,
        int detaineeCount,
        int women,
        int minors,
        boolean full,
        List<Person> people,
        String peopleLine,
        int unnamed,
        String consentBasis,
        String publication,
        String appealSummary,
        List<String> changes,
        List<String> riskTexts,
        boolean risksRestricted,
        boolean trafficking,
        String mergedInto,
        String handoverReported) {

    /** What kind of letter: an appeal, the record of a return, or the truth about a change of the case. */
    public enum Type {
        APPEAL,
        REPATRIATED,
        MERGED,
        RELEASED,
        SAFE,
        CLOSED
    }

    /** The organisation that signs, as its letterhead shows it in the letter's language. */
    public record Sender(String name, String postalAddress, String email, String phone) {

        public static Sender of(NotifyConfig.Sender sender, String language) {
            return new Sender(sender.localNames().getOrDefault(language, sender.name()),
                    sender.localPostalAddresses().getOrDefault(language, sender.postalAddress()), sender.email(),
                    sender.phone());
        }
    }

    /** One person, as a line the letter can print. */
    public record Person(String name, String details) {
    }

    public boolean followUp() {
        return number > 1;
    }

    public boolean appeal() {
        return type == Type.APPEAL;
    }

    public boolean repatriated() {
        return type == Type.REPATRIATED;
    }

    public boolean merged() {
        return type == Type.MERGED;
    }

    public boolean released() {
        return type == Type.RELEASED;
    }

    public boolean reachedSafety() {
        return type == Type.SAFE;
    }

    public boolean closed() {
        return type == Type.CLOSED;
    }

    /** A letter about the people themselves (an appeal or a return), not only about the case's status. */
    public boolean aboutPeople() {
        return type == Type.APPEAL || type == Type.REPATRIATED;
    }

    public boolean unhcr() {
        return mandate == Recipient.Mandate.UNHCR;
    }

    public boolean rok() {
        return mandate == Recipient.Mandate.ROK;
    }

    public boolean us() {
        return mandate == Recipient.Mandate.US;
    }

    public boolean government() {
        return mandate.government();
    }

    public boolean srDprk() {
        return mandate == Recipient.Mandate.SR_DPRK;
    }

    public boolean wgad() {
        return mandate == Recipient.Mandate.WGAD;
    }

    public boolean wgeid() {
        return mandate == Recipient.Mandate.WGEID;
    }

    public boolean ohchr() {
        return mandate == Recipient.Mandate.OHCHR;
    }

    public boolean unOther() {
        return mandate == Recipient.Mandate.UN_OTHER;
    }

    public boolean namesPeople() {
        return !people.isEmpty();
    }
}
