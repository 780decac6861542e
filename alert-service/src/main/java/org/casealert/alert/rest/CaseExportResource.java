package org.casealert.alert.rest;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casealert.alert.cases.CaseExport;
import org.casealert.alert.cases.CaseQueries;
import org.casealert.events.CaseStatus;
import org.casealert.events.Level;
import org.casealert.events.audit.Actor;
import org.casealert.events.http.ProblemException;
import org.casealert.events.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** Cases as a file to submit: CSV (one row per case) or JSON, each case with its timeline. */
@Path("/api/v1/cases")
@Tag(name = "Cases")
@SecurityRequirement(name = "bearer")
public class CaseExportResource {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final CaseExport export;
    private final SecurityIdentity identity;

    CaseExportResource(CaseExport export, SecurityIdentity identity) {
        this.export = export;
        this.identity = identity;
    }

    @GET
    @Path("export")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @Operation(summary = "Export the cases of a filter", description = "The list's filters; every matching case with its timeline, at most 5000. "
            + "format=csv gives one row per case (timeline, reasons, people in cells), format=json the case views. "
            + "particulars=true (operators only) adds the people and narratives, and is written to the audit log.")
    public Response ofFilter(@QueryParam("format") @DefaultValue("json") String format,
            @QueryParam("particulars") @DefaultValue("false") @Parameter(description = "operators only") boolean particulars,
            @QueryParam("level") String level, @QueryParam("status") String status,
            @QueryParam("province") String province, @QueryParam("corridor") String corridor,
            @QueryParam("updatedSince") String updatedSince) {
        CaseQueries.Filter filter = new CaseQueries.Filter(CaseResource.parse(Level.class, "level", level),
                CaseResource.parse(CaseStatus.class, "status", status), blankToNull(province), blankToNull(corridor),
                CaseResource.instant("updatedSince", updatedSince));
        return file(export.ofFilter(filter, name(), operator(particulars)), format, "cases");
    }

    @GET
    @Path("{id}/export")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @Operation(summary = "Export one case", description = "As the filter's export, for one case.")
    public Response ofCase(@PathParam("id") String id, @QueryParam("format") @DefaultValue("json") String format,
            @QueryParam("particulars") @DefaultValue("false") @Parameter(description = "operators only") boolean particulars) {
        CaseExport.Export one = export.ofCase(id, name(), operator(particulars));
        return file(one, format, one.cases().get(0).summary().reference());
    }

    private Response file(CaseExport.Export done, String format, String name) {
        String filename = name.replaceAll("[^A-Za-z0-9-]", "_") + "-" + STAMP.format(done.exportedAt());
        return switch (format.strip().toLowerCase()) {
            case "csv" -> Response.ok(CaseExport.csv(done), CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"").build();
            case "json" -> Response.ok(done, MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=\"" + filename + ".json\"").build();
            default -> throw ProblemException.invalid("format", "must be csv or json");
        };
    }

    /** The operator's name when the particulars are asked for; an advocate asking for them is refused. */
    private Actor operator(boolean particulars) {
        if (!particulars) {
            return null;
        }
        if (!identity.hasRole(Roles.OPERATOR)) {
            throw new ForbiddenException("only operators export particulars");
        }
        return Actor.of(identity);
    }

    private String name() {
        return identity.getPrincipal().getName();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
