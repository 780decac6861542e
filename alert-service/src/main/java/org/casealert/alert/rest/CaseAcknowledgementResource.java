package org.casealert.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casealert.alert.cases.Acknowledgements;
import org.casealert.alert.cases.CaseQueries;
import org.casealert.alert.cases.CaseView;
import org.casealert.events.audit.Actor;
import org.casealert.events.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

/** "I have this case": the acknowledgement that stops the escalation policy. */
@Path("/api/v1/cases/{id}/acknowledge")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@SecurityRequirement(name = "bearer")
public class CaseAcknowledgementResource {

    private final Acknowledgements acknowledgements;
    private final CaseQueries queries;
    private final SecurityIdentity identity;

    CaseAcknowledgementResource(Acknowledgements acknowledgements, CaseQueries queries, SecurityIdentity identity) {
        this.acknowledgements = acknowledgements;
        this.queries = queries;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @Operation(summary = "Acknowledge (claim) a case", description = "The caller becomes the case's owner (acknowledgedBy, acknowledgedAt) and the escalation policy stops for it. Repeating it changes nothing; a case another advocate has answers 409, an operator takes it over.")
    public CaseView acknowledge(@PathParam("id") String id) {
        return queries.get(acknowledgements.acknowledge(id, name(), operator()), operatorActor());
    }

    @DELETE
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @Operation(summary = "Release a case", description = "By its owner or an operator; an IMMINENT case escalates again on the policy's remaining steps.")
    public CaseView release(@PathParam("id") String id) {
        return queries.get(acknowledgements.release(id, name(), operator()), operatorActor());
    }

    private String name() {
        return identity.getPrincipal().getName();
    }

    private boolean operator() {
        return identity.hasRole(Roles.OPERATOR);
    }

    private Actor operatorActor() {
        return operator() ? Actor.of(identity) : null;
    }
}
