package org.casealert.alert.cases;

import java.time.Instant;
import java.util.List;

import org.casealert.events.CaseSummary;
import org.casealert.events.Sex;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A case as the API shows it: the pseudonymised summary and who acknowledged it for everyone; for operators
 * also the people (every personal field, opened), the narratives and possible matches; with the timeline on
 * the single-case view.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(
        @JsonUnwrapped CaseSummary summary,
        String acknowledgedBy,
        Instant acknowledgedAt,
        List<Person> detainees,
        List<String> narratives,
        List<PossibleMatchView> possibleMatches,
        List<TimelineView> timeline) {

    /** A person with every personal field as reported, for operators. */
    public record Person(Long personId, String name, String nameHangul, List<String> aliases, Sex sex,
            Integer birthYear, String hometown, Boolean pregnant, String notes) {
    }

    public record PossibleMatchView(String caseId, String reference, String detail) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineView(Instant at, String kind, String detail, String reportId, String note) {
    }

    public record Page(List<CaseView> items, String nextCursor) {
    }
}
