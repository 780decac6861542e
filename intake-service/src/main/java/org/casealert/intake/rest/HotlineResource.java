package org.casealert.intake.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casealert.events.audit.Actor;
import org.casealert.events.http.RequiredBody;
import org.casealert.events.http.Roles;
import org.casealert.intake.hotline.HotlineService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/hotlines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Hotlines")
@SecurityRequirement(name = "bearer")
public class HotlineResource {

    public record NewHotline(@NotBlank @Size(max = 200) String name) {
    }

    public record NewKey(@Size(max = 200) String label) {
    }

    private final HotlineService hotlines;
    private final SecurityIdentity identity;

    HotlineResource(HotlineService hotlines, SecurityIdentity identity) {
        this.hotlines = hotlines;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "All hotlines")
    public List<HotlineService.HotlineView> list() {
        return hotlines.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a hotline")
    public Response create(@NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid NewHotline hotline) {
        HotlineService.HotlineView created = hotlines.create(hotline.name().strip());
        return Response.created(URI.create("/api/v1/hotlines/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}/keys")
    @Operation(summary = "A hotline's API keys (never the keys themselves)")
    public List<HotlineService.KeyView> keys(@PathParam("id") String id) {
        return hotlines.keys(id);
    }

    @POST
    @Path("{id}/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API key", description = "The key is in this answer only; it is stored as a hash.")
    public Response issueKey(@PathParam("id") String id, @Valid NewKey key) {
        HotlineService.IssuedKey issued = hotlines.issueKey(id, key == null ? null : key.label(), Actor.of(identity));
        return Response.created(URI.create("/api/v1/hotlines/" + id + "/keys/" + issued.id())).entity(issued)
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{id}/keys/{keyId}")
    @Operation(summary = "Revoke an API key")
    public Response revoke(@PathParam("id") String id, @PathParam("keyId") String keyId) {
        hotlines.revoke(id, keyId, Actor.of(identity));
        return Response.noContent().build();
    }
}
