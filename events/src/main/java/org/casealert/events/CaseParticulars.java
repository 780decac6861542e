package org.casealert.events;

import java.util.List;
import java.util.Set;

/**
 * What a letter may say about the people of a case, beyond the pseudonymised summary; only ever sent
 * sealed, to recipients entitled to it. It carries structured facts only: no hotline narrative and no
 * free-text notes, which can name brokers, safe houses or the caller. {@code appealSummary} is what an
 * operator wrote for letters (null until written). {@code omittedPeople} counts people left out so that
 * the event stays within its size budget.
 */
public record CaseParticulars(List<Detainee> detainees, int omittedPeople, String appealSummary,
        Set<RiskFactor> riskFactors) {

    public record Detainee(String name, String nameHangul, List<String> aliases, Sex sex, Integer birthYear,
            String hometown, Boolean pregnant, PersonConsent consent) {

        public PersonConsent consentOrNone() {
            return consent == null ? PersonConsent.NONE : consent;
        }
    }
}
