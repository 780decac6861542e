package org.casealert.events;

import java.time.LocalDate;

/**
 * One person's consent register, as it stands: for each purpose the answer that holds (the most restrictive
 * of those given), who gave it and when. Travels only sealed, inside {@link CaseParticulars}.
 */
public record PersonConsent(Given un, Given unhcr, Given governments, Given publicAdvocacy) {

    public static final PersonConsent NONE = new PersonConsent(Given.NONE, Given.NONE, Given.NONE, Given.NONE);

    public Given get(ConsentPurpose purpose) {
        Given given = switch (purpose) {
            case UN_MECHANISMS -> un;
            case UNHCR -> unhcr;
            case GOVERNMENTS -> governments;
            case PUBLIC_ADVOCACY -> publicAdvocacy;
        };
        return given == null ? Given.NONE : given;
    }

    public boolean grants(ConsentPurpose purpose) {
        return get(purpose).answer() == ConsentAnswer.GRANTED;
    }

    /** An answer and its basis; {@code givenBy} and {@code on} are null when nothing was given. */
    public record Given(ConsentAnswer answer, ConsentGiver givenBy, LocalDate on) {

        public static final Given NONE = new Given(ConsentAnswer.NOT_GIVEN, null, null);
    }
}
