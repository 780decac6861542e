package org.casealert.notify.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casealert.events.Level;
import org.casealert.events.http.RequiredBody;
import org.casealert.events.http.Roles;
import org.casealert.notify.appeal.Recipient;
import org.casealert.notify.appeal.RecipientService;
import org.casealert.notify.delivery.Channel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

@Path("/api/v1/recipients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Recipients")
@SecurityRequirement(name = "bearer")
public class RecipientResource {

    public record RecipientRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull Recipient.Kind kind,
            @NotNull Channel channel,
            @NotBlank @Size(max = 2_000) String address,
            @Pattern(regexp = "en|ko|zh", message = "must be en, ko or zh") String language,
            Level minLevel,
            Recipient.Disclosure disclosure,
            Boolean requiresConsent,
            Boolean requiresApproval,
            Boolean active) {

        RecipientService.Changes changes() {
            return new RecipientService.Changes(name, kind, channel, address, language, minLevel, disclosure,
                    requiresConsent, requiresApproval, active);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecipientView(String id, String directoryKey, String name, Recipient.Kind kind, Channel channel,
            String address, String language, Level minLevel, Recipient.Disclosure disclosure, boolean requiresConsent,
            boolean requiresApproval, boolean active, Instant createdAt, Instant updatedAt, String secret) {

        static RecipientView of(Recipient recipient, String secret) {
            return new RecipientView(recipient.id, recipient.directoryKey, recipient.name, recipient.kind,
                    recipient.channel, recipient.address, recipient.language, recipient.minLevel, recipient.disclosure,
                    recipient.requiresConsent, recipient.requiresApproval, recipient.active, recipient.createdAt,
                    recipient.updatedAt, secret);
        }
    }

    private final RecipientService recipients;

    RecipientResource(RecipientService recipients) {
        this.recipients = recipients;
    }

    @GET
    @Operation(summary = "The recipient directory")
    public List<RecipientView> list() {
        return recipients.list().stream().map(recipient -> RecipientView.of(recipient, null)).toList();
    }

    @GET
    @Path("{id}")
    public RecipientView get(@PathParam("id") String id) {
        return RecipientView.of(recipients.get(id), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a recipient", description = "A webhook recipient's signing secret is in this answer only.")
    public Response create(
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid RecipientRequest request) {
        RecipientService.Saved saved = recipients.create(request.changes());
        return Response.created(URI.create("/api/v1/recipients/" + saved.recipient().id))
                .entity(RecipientView.of(saved.recipient(), saved.secret())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a recipient (e.g. set the real address of a default entry)")
    public RecipientView update(@PathParam("id") String id,
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid RecipientRequest request) {
        RecipientService.Saved saved = recipients.update(id, request.changes());
        return RecipientView.of(saved.recipient(), saved.secret());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deactivate a recipient (appeals already made keep referring to it)")
    public Response delete(@PathParam("id") String id) {
        recipients.deactivate(id);
        return Response.noContent().build();
    }
}
