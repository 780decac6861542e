package org.casealert.events.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casealert.events.http.ProblemException;
import org.casealert.events.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The service's audit log for operators; the same in intake, alert and notify, each over its own table. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Audit")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    /** Earliest and latest times a filter may name: what PostgreSQL's timestamptz holds with room to spare. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final int LONGEST_TARGET = 200;

    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(summary = "Who read personal data or changed what, newest first", description = "Entries name the actor"
            + " (token subject and name), the action and the record's id, never the record's content. Page with"
            + " nextCursor.")
    public AuditEntry.Page list(
            @Parameter(description = "RFC 3339 time in UTC; entries at or after it") @QueryParam("since") String since,
            @Parameter(description = "one of the actions, e.g. PARTICULARS_READ, CASE_MERGED") @QueryParam("action") String action,
            @Parameter(description = "the id of the record acted on") @QueryParam("target") String target,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") String cursor) {
        return trail.list(new AuditTrail.Filter(since(since), action(action), target(target)), blankToNull(cursor),
                limit);
    }

    private static Instant since(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant since = Instant.parse(value.strip());
            if (since.isBefore(EARLIEST) || since.isAfter(LATEST)) {
                throw ProblemException.invalid("since", "must lie between 1970 and 9999");
            }
            return since;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("since", "must be an RFC 3339 time in UTC, e.g. 2026-11-20T08:30:00Z");
        }
    }

    private static AuditAction action(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("action", "must be one of " + Arrays.toString(AuditAction.values()));
        }
    }

    private static String target(String value) {
        String target = blankToNull(value);
        if (target != null && (target.indexOf('\0') >= 0 || target.length() > LONGEST_TARGET)) {
            throw ProblemException.invalid("target", "must be a record id");
        }
        return target;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
