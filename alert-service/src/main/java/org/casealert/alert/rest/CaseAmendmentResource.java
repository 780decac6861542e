package org.casealert.alert.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casealert.alert.cases.CaseAmendments;
import org.casealert.events.ConsentGiver;
import org.casealert.events.audit.Actor;
import org.casealert.events.http.RequiredBody;
import org.casealert.events.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

/** Operators' additions for letters: consent and its revocation, and the appeal summary. */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@SecurityRequirement(name = "bearer")
public class CaseAmendmentResource {

    /** Answers taken down from someone who can consent; {@code false} refuses or revokes, absent leaves as is. */
    public record ConsentRequest(@NotNull ConsentGiver givenBy, List<Long> personIds, Boolean appealsToUn,
            Boolean appealsToUnhcr, Boolean appealsToGovernments, Boolean publicAdvocacy) {
    }

    public record AppealSummaryRequest(@NotBlank @Size(max = 4000) String text) {
    }

    private final CaseAmendments amendments;
    private final SecurityIdentity identity;

    CaseAmendmentResource(CaseAmendments amendments, SecurityIdentity identity) {
        this.amendments = amendments;
        this.identity = identity;
    }

    @GET
    @Path("consent")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Each person's consent as it stands", description = "Per purpose (UN mechanisms, UNHCR, governments, public advocacy): the most restrictive answer given, who gave it and when.")
    public List<CaseAmendments.PersonConsentView> consent(@PathParam("id") String id) {
        return amendments.consentOf(id);
    }

    @POST
    @Path("consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record consent or its revocation", description = "Only the detainee, the family or a legal representative can consent. A refusal vetoes; pending letters are checked again (an AMENDED alert).")
    public List<CaseAmendments.PersonConsentView> recordConsent(@PathParam("id") String id,
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid ConsentRequest request) {
        return amendments.recordConsent(id, new CaseAmendments.ConsentRecord(request.givenBy(), request.personIds(),
                request.appealsToUn(), request.appealsToUnhcr(), request.appealsToGovernments(), request.publicAdvocacy()),
                Actor.of(identity));
    }

    @PUT
    @Path("appeal-summary")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Write the case's appeal summary", description = "Letters use it instead of the hotlines' narratives and notes; sealed like other particulars (an AMENDED alert).")
    public Response appealSummary(@PathParam("id") String id,
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid AppealSummaryRequest request) {
        amendments.setAppealSummary(id, request.text(), identity.getPrincipal().getName());
        return Response.noContent().build();
    }
}
