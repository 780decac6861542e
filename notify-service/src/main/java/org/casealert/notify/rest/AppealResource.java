package org.casealert.notify.rest;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casealert.events.audit.Actor;
import org.casealert.events.http.ProblemException;
import org.casealert.events.http.Roles;
import org.casealert.notify.appeal.Appeal;
import org.casealert.notify.appeal.AppealService;
import org.casealert.notify.appeal.Recipient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/appeals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Appeals")
@SecurityRequirement(name = "bearer")
public class AppealResource {

    public record AppealView(String id, UUID alertId, String caseId, String caseReference, String recipientId,
            String recipientName, int sequence, String language, String subject, String body, Appeal.Status status,
            String blockedReason, Instant createdAt, Instant approvedAt, String approvedBy, Instant sentAt) {
    }

    private final AppealService appeals;
    private final SecurityIdentity identity;

    AppealResource(AppealService appeals, SecurityIdentity identity) {
        this.appeals = appeals;
        this.identity = identity;
    }

    @GET
    @Transactional
    @Operation(summary = "Appeals, by case", description = "Subjects and bodies are opened: reading them is audited.")
    public List<AppealView> list(@QueryParam("caseId") String caseId, @QueryParam("status") String status) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (caseId != null && !caseId.isBlank()) {
            query.append(" and caseId = :caseId");
            parameters.put("caseId", caseId.strip());
        }
        if (status != null && !status.isBlank()) {
            query.append(" and status = :status");
            parameters.put("status", Parsing.enumValue(Appeal.Status.class, "status", status));
        }
        query.append(" order by createdAt desc");
        List<Appeal> found = Appeal.<Appeal> find(query.toString(), parameters).page(0, 500).list();
        appeals.opened(found, Actor.of(identity));
        return found.stream().map(this::view).toList();
    }

    @POST
    @Path("{id}/approve")
    @Transactional
    @Operation(summary = "Approve a draft appeal; it is sent at once")
    public AppealView approve(@PathParam("id") String id) {
        return view(appeals.approve(id, Actor.of(identity)));
    }

    @POST
    @Path("{id}/reject")
    @Transactional
    @Operation(summary = "Reject a draft appeal; it is never sent (CANCELLED, \"rejected by an operator\")", description = "409 unless it is a draft.")
    public AppealView reject(@PathParam("id") String id) {
        return view(appeals.reject(id, Actor.of(identity)));
    }

    private AppealView view(Appeal appeal) {
        Recipient recipient = Recipient.findById(appeal.recipientId);
        if (recipient == null) {
            throw ProblemException.notFound("recipient of appeal " + appeal.id);
        }
        return new AppealView(appeal.id, appeal.alertId, appeal.caseId, appeal.caseReference, appeal.recipientId,
                recipient.name, appeal.sequence, appeal.language, appeals.subject(appeal), appeals.body(appeal),
                appeal.status, appeal.blockedReason, appeal.createdAt, appeal.approvedAt, appeal.approvedBy,
                appeal.sentAt);
    }
}
