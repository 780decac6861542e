package org.casealert.alert.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.CaseSummary;
import org.casealert.events.audit.Actor;
import org.casealert.events.http.ProblemException;
import org.jboss.logging.Logger;

/**
 * Cases for a submission (to UN mechanisms, for example): each with its timeline, as JSON or as CSV with one row
 * per case. Pseudonymised unless an operator asks for the particulars; an export that opens them is written to the
 * audit log, naming the operator, how many cases and the filter (never a name).
 */
@ApplicationScoped
public class CaseExport {

    /** More than this is not a submission but a copy of the database: narrow the filter. */
    public static final int MAX_CASES = 5000;
    private static final int PAGE = 500;
    private static final Logger AUDIT = Logger.getLogger("casealert.audit");
    private static final List<String> COLUMNS = List.of("reference", "id", "level", "status", "stage", "since",
            "deadline", "deadlineBasis", "overdue", "people", "women", "minors", "province", "facility", "crossing",
            "confidence", "reasons", "acknowledgedBy", "acknowledgedAt", "updatedAt", "mergedIntoReference", "timeline",
            "detainees", "narratives");

    public record Export(Instant exportedAt, String exportedBy, boolean particulars, CaseQueries.Filter filter,
            List<CaseView> cases) {
    }

    private final CaseQueries queries;
    private final Clock clock;

    CaseExport(CaseQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** {@code operator}: the operator when the particulars are to be included (each read is audited), else {@code null}. */
    public Export ofFilter(CaseQueries.Filter filter, String caller, Actor operator) {
        List<CaseView> cases = new ArrayList<>();
        String cursor = null;
        do {
            CaseView.Page page = queries.list(filter, cursor, PAGE, null);
            for (CaseView item : page.items()) {
                if (cases.size() == MAX_CASES) {
                    throw ProblemException.invalid("filter", "matches more than " + MAX_CASES + " cases; narrow it");
                }
                cases.add(queries.get(item.summary().id(), operator));
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return audited(new Export(clock.instant(), caller, operator != null, filter, cases));
    }

    public Export ofCase(String id, String caller, Actor operator) {
        return audited(new Export(clock.instant(), caller, operator != null, null, List.of(queries.get(id, operator))));
    }

    private static Export audited(Export export) {
        if (export.particulars()) {
            AUDIT.infof("%d cases exported with personal data by %s (filter %s)", export.cases().size(),
                    export.exportedBy(), export.filter() == null ? "one case: " + export.cases().get(0).summary().reference()
                            : export.filter());
        }
        return export;
    }

    /** RFC 4180, every field quoted; a field that a spreadsheet would take for a formula starts with an apostrophe. */
    public static String csv(Export export) {
        StringBuilder out = new StringBuilder();
        out.append(COLUMNS.stream().map(CaseExport::field).collect(Collectors.joining(","))).append("\r\n");
        for (CaseView view : export.cases()) {
            CaseSummary c = view.summary();
            List<Object> row = List.of(text(c.reference()), c.id(), text(c.level()), text(c.status()), text(c.stage()),
                    text(c.since()),
                    text(c.deadline()), text(c.deadlineBasis()), c.overdue(), c.detaineeCount(), c.women(), c.minors(),
                    text(c.province()), text(c.facility()), text(c.corridor()), text(c.confidence()),
                    c.reasons() == null ? ""
                            : c.reasons().stream().map(reason -> reason.code() + ": " + reason.text())
                                    .collect(Collectors.joining("; ")),
                    text(view.acknowledgedBy()), text(view.acknowledgedAt()), text(c.updatedAt()),
                    text(c.mergedIntoReference()),
                    view.timeline() == null ? ""
                            : view.timeline().stream()
                                    .map(entry -> entry.at() + " " + entry.kind() + ": " + entry.detail()
                                            + (entry.note() == null ? "" : " (" + entry.note() + ")"))
                                    .collect(Collectors.joining("\n")),
                    view.detainees() == null ? ""
                            : view.detainees().stream().map(CaseExport::person).collect(Collectors.joining("\n")),
                    view.narratives() == null ? "" : String.join("\n", view.narratives()));
            out.append(row.stream().map(value -> field(String.valueOf(value))).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String person(CaseView.Person person) {
        return List.of(text(person.name()), text(person.nameHangul()),
                person.aliases() == null ? "" : String.join("/", person.aliases()), text(person.sex()),
                text(person.birthYear()), text(person.hometown()),
                Boolean.TRUE.equals(person.pregnant()) ? "pregnant" : "", text(person.notes())).stream()
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(", "));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
