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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casealert.events.EventCodec;
import org.casealert.events.Level;
import org.casealert.events.audit.Actor;
import org.casealert.events.http.RequiredBody;
import org.casealert.events.http.Roles;
import org.casealert.notify.appeal.Recipient;
import org.casealert.notify.appeal.RecipientChange;
import org.casealert.notify.appeal.RecipientChanges;
import org.casealert.notify.appeal.RecipientService;
import org.casealert.notify.delivery.Channel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.security.identity.SecurityIdentity;

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

    /** A change waiting for a second operator, or decided by one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecipientChangeView(String id, String recipientId, RecipientRequest settings, String reason,
            RecipientChange.Status status, String requestedBy, Instant requestedAt, String decidedBy,
            Instant decidedAt, String resultRecipientId) {

        static RecipientChangeView of(RecipientChange change) {
            RecipientService.Changes changes = EventCodec.read(change.settings, RecipientService.Changes.class);
            return new RecipientChangeView(change.id, change.recipientId,
                    new RecipientRequest(changes.name(), changes.kind(), changes.channel(), changes.address(),
                            changes.language(), changes.minLevel(), changes.disclosure(), changes.requiresConsent(),
                            changes.requiresApproval(), changes.active()),
                    change.reason, change.status, change.requestedByName, change.requestedAt, change.decidedByName,
                    change.decidedAt, change.resultRecipientId);
        }
    }

    private final RecipientService recipients;
    private final RecipientChanges changes;
    private final SecurityIdentity identity;

    RecipientResource(RecipientService recipients, RecipientChanges changes, SecurityIdentity identity) {
        this.recipients = recipients;
        this.changes = changes;
        this.identity = identity;
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
    @Operation(summary = "Add a recipient", description = "A webhook recipient's signing secret is in this answer only."
            + " A FULL-disclosure recipient is not created at once: the answer is 202 with the pending change, which"
            + " a second operator approves (POST /api/v1/recipients/changes/{changeId}/approve).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RecipientView.class)))
    @APIResponse(responseCode = "202", description = "Waiting for a second operator", content = @Content(schema = @Schema(implementation = RecipientChangeView.class)))
    public Response create(
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid RecipientRequest request) {
        return answer(recipients.create(request.changes(), Actor.of(identity)), true);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a recipient (e.g. set the real address of a default entry)", description = "A change"
            + " of a recipient that is or becomes FULL-disclosure, or one that switches off its consent or approval"
            + " requirement, answers 202 with the pending change; the recipient keeps its settings until a second"
            + " operator approves.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = RecipientView.class)))
    @APIResponse(responseCode = "202", description = "Waiting for a second operator", content = @Content(schema = @Schema(implementation = RecipientChangeView.class)))
    public Response update(@PathParam("id") String id,
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid RecipientRequest request) {
        return answer(recipients.update(id, request.changes(), Actor.of(identity)), false);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deactivate a recipient (appeals already made keep referring to it)")
    public Response delete(@PathParam("id") String id) {
        recipients.deactivate(id, Actor.of(identity));
        return Response.noContent().build();
    }

    @GET
    @Path("changes")
    @Operation(summary = "Recipient changes waiting for a second operator (status=PENDING, the default), or decided")
    public List<RecipientChangeView> changes(
            @Parameter(description = "PENDING (default), APPROVED, REJECTED or ALL") @QueryParam("status") String status) {
        RecipientChange.Status wanted = status == null || status.isBlank() ? RecipientChange.Status.PENDING
                : "ALL".equalsIgnoreCase(status.strip()) ? null
                        : Parsing.enumValue(RecipientChange.Status.class, "status", status);
        return changes.list(wanted).stream().map(RecipientChangeView::of).toList();
    }

    @GET
    @Path("changes/{changeId}")
    @Operation(summary = "A recipient change")
    public RecipientChangeView change(@PathParam("changeId") String changeId) {
        return RecipientChangeView.of(changes.get(changeId));
    }

    @POST
    @Path("changes/{changeId}/approve")
    @Operation(summary = "Approve a pending recipient change; it is applied now", description = "Only an operator"
            + " other than the one who asked (another token subject) may approve: 403 otherwise. A webhook"
            + " recipient's signing secret is in this answer only.")
    public RecipientView approve(@PathParam("changeId") String changeId) {
        RecipientService.Saved saved = changes.approve(changeId, Actor.of(identity));
        return RecipientView.of(saved.recipient(), saved.secret());
    }

    @POST
    @Path("changes/{changeId}/reject")
    @Operation(summary = "Reject (or, as the one who asked, withdraw) a pending recipient change")
    public RecipientChangeView reject(@PathParam("changeId") String changeId) {
        return RecipientChangeView.of(changes.reject(changeId, Actor.of(identity)));
    }

    private static Response answer(RecipientService.Outcome outcome, boolean created) {
        if (outcome.pending() != null) {
            return Response.accepted(RecipientChangeView.of(outcome.pending()))
                    .location(URI.create("/api/v1/recipients/changes/" + outcome.pending().id)).build();
        }
        RecipientService.Saved saved = outcome.saved();
        RecipientView view = RecipientView.of(saved.recipient(), saved.secret());
        return created ? Response.created(URI.create("/api/v1/recipients/" + saved.recipient().id)).entity(view).build()
                : Response.ok(view).build();
    }
}
