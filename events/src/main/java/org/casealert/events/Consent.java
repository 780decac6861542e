package org.casealert.events;

/**
 * What the people concerned agreed to, per kind of recipient: {@code null} not given (nobody asked, or the
 * source could not say), {@code false} refused, {@code true} granted. {@code appealsToUn} covers the UN
 * human-rights mechanisms (special procedures, WGAD, WGEID); UNHCR and governments (the ROK, the US) are
 * asked for separately. On a report, {@code givenBy} says who answered; on a case alert, each flag is the
 * case-wide state: {@code true} only if every person granted it, {@code false} if anyone refused.
 */
public record Consent(
        Boolean appealsToUn,
        Boolean appealsToUnhcr,
        Boolean appealsToGovernments,
        Boolean publicAdvocacy,
        ConsentGiver givenBy) {

    public static final Consent NONE = new Consent(null, null, null, null, null);

    /** The answer given for {@code purpose}. */
    public ConsentAnswer answer(ConsentPurpose purpose) {
        return ConsentAnswer.of(switch (purpose) {
            case UN_MECHANISMS -> appealsToUn;
            case UNHCR -> appealsToUnhcr;
            case GOVERNMENTS -> appealsToGovernments;
            case PUBLIC_ADVOCACY -> publicAdvocacy;
        });
    }

    /** Whether the answer for {@code purpose} is a yes. */
    public boolean grants(ConsentPurpose purpose) {
        return answer(purpose) == ConsentAnswer.GRANTED;
    }
}
