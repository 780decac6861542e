package org.casealert.alert.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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

import org.casealert.alert.cases.CaseReviews;
import org.casealert.alert.rules.RiskWindow;
import org.casealert.alert.rules.RiskWindowService;
import org.casealert.events.http.RequiredBody;
import org.casealert.events.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/risk-windows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk windows")
@SecurityRequirement(name = "bearer")
public class RiskWindowResource {

    public record RiskWindowRequest(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty @Size(max = 40) List<@NotBlank @Size(max = 200) String> provinces,
            @NotNull Instant startsAt,
            @NotNull Instant endsAt) {
    }

    public record RiskWindowView(String id, String name, List<String> provinces, Instant startsAt, Instant endsAt,
            Instant createdAt) {
        static RiskWindowView of(RiskWindow window) {
            return new RiskWindowView(window.id, window.name, window.provinces, window.startsAt, window.endsAt,
                    window.createdAt);
        }
    }

    private final RiskWindowService windows;
    private final CaseReviews reviews;
    private final SecurityIdentity identity;

    RiskWindowResource(RiskWindowService windows, CaseReviews reviews, SecurityIdentity identity) {
        this.windows = windows;
        this.reviews = reviews;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Mark days of heightened risk in some provinces", description = "Open cases there are raised one level while the window is active.")
    public Response create(
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid RiskWindowRequest request) {
        RiskWindow window = windows.create(new RiskWindowService.NewRiskWindow(request.name(), request.provinces(),
                request.startsAt(), request.endsAt()), identity.getPrincipal().getName());
        reviews.reviewAll();
        return Response.created(URI.create("/api/v1/risk-windows/" + window.id)).entity(RiskWindowView.of(window))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @Operation(summary = "Risk windows, latest first")
    public List<RiskWindowView> list() {
        return windows.list().stream().map(RiskWindowView::of).toList();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Remove a risk window")
    public Response delete(@PathParam("id") String id) {
        windows.delete(id);
        reviews.reviewAll();
        return Response.noContent().build();
    }
}
