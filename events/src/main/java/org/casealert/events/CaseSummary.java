package org.casealert.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The pseudonymised case: counts, places and dates, never a name or a story.
 *
 * @param deadline the expected handover date; {@code deadlineBasis} says whether a source reported it or
 *        the clock estimated it, and {@code overdue} that it has passed without news (never "expected")
 * @param heldDays days since the detention began, while the people are held
 * @param prolonged held for longer than the clock's prolonged-detention threshold (30 days by default)
 * @param batch the corridor batch the case belongs to, if any
 * @param mergedIntoId the case this one was folded into, if it was
 */
public record CaseSummary(
        String id,
        String reference,
        Level level,
        CaseStatus status,
        DetentionStage stage,
        LocalDate since,
        LocalDate deadline,
        int detaineeCount,
        int women,
        int minors,
        String province,
        String facility,
        String corridor,
        Confidence confidence,
        List<Reason> reasons,
        List<String> reportIds,
        Instant updatedAt,
        DeadlineBasis deadlineBasis,
        boolean overdue,
        Integer heldDays,
        boolean prolonged,
        CorridorBatch batch,
        String mergedIntoId,
        String mergedIntoReference) {

    /** Why a case has its level: a stable code and a sentence for people. */
    public record Reason(String code, String text) {
    }
}
