package org.casealert.intake.rest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casealert.intake.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** Who the form is signed in as, and the way in: {@code /report/sign-in} sends the browser to the identity provider. */
@Path("/")
@Tag(name = "Sign-in")
public class SignedInResource {

    public record SignedIn(String name, List<String> roles, String hotlineId) {
    }

    private final Caller caller;

    SignedInResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("api/v1/me")
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "The caller's name, case-alert roles and hotline", description = "From the session of the signed-in form, a bearer token or a hotline's API key.")
    public SignedIn me() {
        return new SignedIn(caller.name(), caller.roles(), caller.hotlineId().orElse(null));
    }

    /** Reached only signed in (the code flow guards the path); back to the form. */
    @GET
    @Path("report/sign-in")
    @Authenticated
    @Operation(hidden = true)
    public Response signIn() {
        return Response.seeOther(URI.create("/report/")).build();
    }
}
