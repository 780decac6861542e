package org.casealert.notify.batch;

import org.casealert.events.CaseParticulars;
import org.casealert.events.CaseSummary;
import org.casealert.events.Consent;

/**
 * A case of a group as its latest alert tells of it, with the case-wide consent; {@code particulars} opened only for
 * letters, else null.
 */
record CaseInGroup(GroupCase member, CaseSummary summary, Consent consent, CaseParticulars particulars) {

    /** Told of in a round after {@code round}. */
    boolean after(int round) {
        return member.roundNumber != null && member.roundNumber > round;
    }
}
