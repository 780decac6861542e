package org.casealert.alert.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casealert.events.http.Roles;
import org.casealert.events.outbox.ParkedMessage;
import org.casealert.events.outbox.ParkedMessages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Outbox")
@SecurityRequirement(name = "bearer")
public class OutboxResource {

    private final ParkedMessages parked;
    private final SecurityIdentity identity;

    OutboxResource(ParkedMessages parked, SecurityIdentity identity) {
        this.parked = parked;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Events Kafka refused too often, parked so that later alerts go on", description = "Oldest first, at most 500; the case id as key and the error's class, never the event itself.")
    public List<ParkedMessage> list() {
        return parked.list();
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Put a parked event back in line", description = "Once its cause is fixed (a topic's size limit, say); if Kafka refuses it again it is parked again.")
    @APIResponse(responseCode = "202", description = "Back in line for publishing")
    @APIResponse(responseCode = "404", description = "No such parked event")
    public Response retry(@PathParam("id") String id) {
        return Response.accepted(parked.retry(id, identity.getPrincipal().getName())).build();
    }
}
