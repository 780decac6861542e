package org.casealert.alert.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casealert.alert.cases.CaseQueries;
import org.casealert.alert.cases.CaseView;
import org.casealert.alert.cases.OperatorActions;
import org.casealert.alert.cases.StatusChange;
import org.casealert.events.CaseStatus;
import org.casealert.events.Level;
import org.casealert.events.audit.Actor;
import org.casealert.events.http.ProblemException;
import org.casealert.events.http.RequiredBody;
import org.casealert.events.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@SecurityRequirement(name = "bearer")
public class CaseResource {

    public record MergeRequest(@NotBlank String otherCaseId) {
    }

    private final CaseQueries queries;
    private final OperatorActions actions;
    private final SecurityIdentity identity;

    CaseResource(CaseQueries queries, OperatorActions actions, SecurityIdentity identity) {
        this.queries = queries;
        this.actions = actions;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @Operation(summary = "Cases, most recently changed first", description = "Advocates see pseudonymised cases; operators also the people and narratives.")
    public CaseView.Page list(@QueryParam("level") String level, @QueryParam("status") String status,
            @QueryParam("province") String province, @QueryParam("corridor") String corridor,
            @QueryParam("updatedSince") String updatedSince,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") String cursor) {
        CaseQueries.Filter filter = new CaseQueries.Filter(parse(Level.class, "level", level),
                parse(CaseStatus.class, "status", status), blankToNull(province), blankToNull(corridor),
                instant("updatedSince", updatedSince));
        return queries.list(filter, blankToNull(cursor), limit, operator());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @Operation(summary = "A case with its timeline", description = "confidence is CORROBORATED with two independent "
            + "sources: one hotline's own source, brokers or the media relayed by any number of hotlines, and reports "
            + "sharing an externalRef each count once. batch counts every open case held at the corridor's border, "
            + "however long ago its border stage began.")
    public CaseView get(@PathParam("id") String id) {
        return queries.get(id, operator());
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Set a case's stage and/or status", description = "Alerts follow as for any change.")
    public CaseView changeStatus(@PathParam("id") String id,
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid StatusChange change) {
        return queries.get(actions.changeStatus(id, change, Actor.of(identity)), operator());
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Fold another case into this one (reports, people, timeline)")
    public CaseView merge(@PathParam("id") String id,
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid MergeRequest merge) {
        return queries.get(actions.merge(id, merge.otherCaseId(), Actor.of(identity)), operator());
    }

    /** The operator, who sees particulars; null for an advocate, who sees the pseudonymised case. */
    private Actor operator() {
        return identity.hasRole(Roles.OPERATOR) ? Actor.of(identity) : null;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + List.of(type.getEnumConstants()));
        }
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            instant = null;
        }
        // RFC 3339 years have four digits; Instant.parse also takes +999999999-…, which the database cannot hold
        if (instant == null || instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw ProblemException.invalid(field, "must be an RFC 3339 time in UTC, e.g. 2026-11-20T08:30:00Z");
        }
        return instant;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
