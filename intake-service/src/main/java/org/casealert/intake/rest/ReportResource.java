package org.casealert.intake.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casealert.events.http.RequiredBody;
import org.casealert.events.http.Roles;
import org.casealert.intake.report.Receipt;
import org.casealert.intake.report.RecentReports;
import org.casealert.intake.report.ReportRateLimiter;
import org.casealert.intake.report.ReportRequest;
import org.casealert.intake.report.ReportService;
import org.casealert.intake.report.ReportView;
import org.casealert.intake.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "apiKey")
public class ReportResource {

    static final String EXAMPLE = """
            {"externalRef": "HL-2026-0042",
             "observedAt": "2026-11-20T08:30:00Z",
             "source": {"kind": "FAMILY", "reliability": "PROBABLE"},
             "detainees": [
               {"name": "Kim Ok-sun", "nameHangul": "김옥순", "aliases": ["Ok-sun"], "sex": "FEMALE",
                "birthYear": 1994, "hometown": "Hoeryong", "pregnant": true, "notes": "sister called from Seoul"},
               {"unnamed": true, "sex": "FEMALE", "birthYear": 2010}],
             "detention": {"stage": "LOCAL_CUSTODY", "since": "2026-11-18", "facility": "Yanji PSB detention house",
                           "city": "Yanji", "province": "Jilin", "transferExpectedOn": null},
             "riskFactors": ["RELIGIOUS_CONTACT"],
             "consent": {"appealsToUn": true, "publicAdvocacy": false},
             "narrative": "Caught with a broker's group near Yanji"}
            """;

    private final ReportService reports;
    private final ReportRateLimiter rateLimiter;
    private final Caller caller;
    private final RecentReports recentReports;

    ReportResource(ReportService reports, ReportRateLimiter rateLimiter, Caller caller, RecentReports recentReports) {
        this.reports = reports;
        this.rateLimiter = rateLimiter;
        this.caller = caller;
        this.recentReports = recentReports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HOTLINE, Roles.OPERATOR })
    @Operation(summary = "Report people detained in China", description = "Stored at once and published to the alert service; a repeat with the same Idempotency-Key and body returns the first answer.")
    @APIResponse(responseCode = "202", description = "Received")
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with another body")
    @APIResponse(responseCode = "422", description = "A field breaks a rule, or the report is too large for the event stream: "
            + "by default a person's name, Hangul name and aliases may fold to at most 64 readings (each one keyed hash), "
            + "a report's people to at most 4000, and the report's event may be at most 900 KiB of JSON")
    @APIResponse(responseCode = "429", description = "Too many reports; see Retry-After")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "family report", summary = "A family's call about two women held in Yanji", value = EXAMPLE)))
    public Response submit(
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 255) @Parameter(description = "Makes retries safe") String idempotencyKey,
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid ReportRequest report) {
        String hotlineId = caller.submitter();
        rateLimiter.acquire(hotlineId);
        Receipt receipt = reports.submit(report, hotlineId, idempotencyKey);
        return Response.accepted(receipt).location(URI.create("/api/v1/reports/" + receipt.id())).build();
    }

    @GET
    @RolesAllowed({ Roles.HOTLINE, Roles.OPERATOR })
    @Operation(summary = "The caller's hotline's most recent reports, newest first", description = "With the case each became part of, as the alert service announced it (caseReference, level, caseStatus; absent until then). "
            + "No names: counts, stage and province. Operators see every hotline's.")
    public RecentReports.Page recent(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return new RecentReports.Page(recentReports.of(caller.isOperator() ? null : caller.submitter(), limit));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.HOTLINE, Roles.OPERATOR })
    @Operation(summary = "A report as stored, and whether it reached the event stream")
    @APIResponse(responseCode = "404", description = "No such report, or another hotline's")
    public ReportView get(@PathParam("id") String id) {
        return reports.find(id, caller.hotlineId().orElse(null), caller.isOperator(), caller.actor());
    }
}
