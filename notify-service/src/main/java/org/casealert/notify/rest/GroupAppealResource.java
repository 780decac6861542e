package org.casealert.notify.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casealert.events.audit.Actor;
import org.casealert.events.http.Roles;
import org.casealert.notify.batch.GroupLetterService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/group-appeals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Group appeals")
@SecurityRequirement(name = "bearer")
public class GroupAppealResource {

    private final GroupLetterService letters;
    private final SecurityIdentity identity;

    GroupAppealResource(GroupLetterService letters, SecurityIdentity identity) {
        this.letters = letters;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Letters of corridor-batch groups, by batch", description = "One per institution per round; subjects and bodies are opened: reading them is audited.")
    public List<GroupLetterService.View> list(@QueryParam("batchId") String batchId) {
        return letters.list(batchId, Actor.of(identity));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a draft group letter; it is sent at once")
    public GroupLetterService.View approve(@PathParam("id") String id) {
        return letters.approve(id, Actor.of(identity));
    }
}
