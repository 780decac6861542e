package org.casealert.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The pseudonymised case: counts, places and dates, never a name or a story. */
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
        Instant updatedAt) {

    /** Why a case has its level: a stable code and a sentence for people. */
    public record Reason(String code, String text) {
    }
}
