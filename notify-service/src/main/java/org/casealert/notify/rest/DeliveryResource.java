package org.casealert.notify.rest;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casealert.events.http.Roles;
import org.casealert.notify.delivery.Channel;
import org.casealert.notify.delivery.Delivery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Deliveries")
@SecurityRequirement(name = "bearer")
public class DeliveryResource {

    public record Target(Delivery.TargetType type, String id) {
    }

    public record DeliveryView(String id, Delivery.Purpose purpose, UUID alertId, String caseId, Target target,
            Channel channel, Delivery.Status status, int attempts, String lastError, Instant nextAttemptAt,
            Instant sentAt) {
    }

    @GET
    @Transactional
    @Operation(summary = "Deliveries, newest first; DEAD ones need a look")
    public List<DeliveryView> list(@QueryParam("caseId") String caseId, @QueryParam("status") String status) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (caseId != null && !caseId.isBlank()) {
            query.append(" and caseId = :caseId");
            parameters.put("caseId", caseId.strip());
        }
        if (status != null && !status.isBlank()) {
            query.append(" and status = :status");
            parameters.put("status", Parsing.enumValue(Delivery.Status.class, "status", status));
        }
        query.append(" order by createdAt desc");
        return Delivery.<Delivery> find(query.toString(), parameters).page(0, 500).list().stream()
                .map(delivery -> new DeliveryView(delivery.id, delivery.purpose, delivery.alertId, delivery.caseId,
                        new Target(delivery.targetType, delivery.targetId), delivery.channel, delivery.status,
                        delivery.attempts, delivery.lastError,
                        delivery.status != Delivery.Status.PENDING && delivery.status != Delivery.Status.FAILED ? null
                                : delivery.nextAttemptAt,
                        delivery.sentAt))
                .toList();
    }
}
