package org.casealert.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casealert.events.crypto.ResealJob;
import org.casealert.events.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Keys")
@SecurityRequirement(name = "bearer")
public class KeyResource {

    private final ResealJob reseal;
    private final SecurityIdentity identity;

    KeyResource(ResealJob reseal, SecurityIdentity identity) {
        this.reseal = reseal;
        this.identity = identity;
    }

    @POST
    @Path("reseal")
    @Operation(summary = "Seal what this service keeps anew under each key ring's active key", description = "What the hourly re-seal job does, at once: after a new key was made active, so that the older one can be retired once remaining is 0 (deploy/README.md, Keys per hop). Answers the rows sealed anew, those that did not open, and those still waiting.")
    public ResealJob.Result reseal() {
        return reseal.runFor(identity.getPrincipal().getName());
    }
}
