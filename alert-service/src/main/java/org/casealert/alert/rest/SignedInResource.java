package org.casealert.alert.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casealert.events.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Who the board is signed in as, so it offers what the role may do. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in")
@SecurityRequirement(name = "bearer")
public class SignedInResource {

    public record SignedIn(String name, List<String> roles) {
    }

    private final SecurityIdentity identity;

    SignedInResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Authenticated
    @Operation(summary = "The caller's name and case-alert roles", description = "From the session of a signed-in page or from a bearer token.")
    public SignedIn me() {
        List<String> roles = List.of(Roles.HOTLINE, Roles.ADVOCATE, Roles.OPERATOR).stream().filter(identity::hasRole)
                .toList();
        return new SignedIn(identity.getPrincipal().getName(), roles);
    }
}
