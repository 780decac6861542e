package org.casealert.notify.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casealert.events.Level;
import org.casealert.events.http.ProblemException;
import org.casealert.events.http.RequiredBody;
import org.casealert.events.http.Roles;
import org.casealert.notify.delivery.Channel;
import org.casealert.notify.delivery.Delivery;
import org.casealert.notify.subscription.Subscription;
import org.casealert.notify.subscription.SubscriptionService;
import org.casealert.notify.subscription.SubscriptionViews;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
public class SubscriptionResource {

    public record SubscriptionRequest(
            @NotNull Channel channel,
            @Email @Size(max = 254) String address,
            @Size(max = 2_000) String url,
            Level minLevel,
            @Size(max = 40) List<@NotBlank @Size(max = 200) String> provinces,
            @Pattern(regexp = "en|ko|zh", message = "must be en, ko or zh") String language) {
    }

    /**
     * {@code url}: a webhook's target (e-mail addresses are never shown); {@code pausedUntil}: no deliveries before
     * then; {@code previousSecretUntil}: a secret rotation under way, both secrets sign until then.
     */
    public record SubscriptionView(String id, Channel channel, Subscription.Status status, Level minLevel,
            List<String> provinces, String language, String url, Instant createdAt, Instant confirmedAt,
            Instant pausedUntil, Instant previousSecretUntil) {
    }

    public record PauseRequest(@NotNull Instant until) {
    }

    public record RotatedSecret(String id, String secret, Instant previousSecretUntil) {
    }

    public record DeliveryLogEntry(String id, Delivery.Purpose purpose, UUID alertId, String caseId,
            Delivery.Status status, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt,
            Instant sentAt) {
        static DeliveryLogEntry of(Delivery delivery) {
            boolean due = delivery.status == Delivery.Status.PENDING || delivery.status == Delivery.Status.FAILED;
            return new DeliveryLogEntry(delivery.id, delivery.purpose, delivery.alertId, delivery.caseId,
                    delivery.status, delivery.attempts, delivery.lastError, delivery.createdAt,
                    due ? delivery.nextAttemptAt : null, delivery.sentAt);
        }
    }

    private final SubscriptionService subscriptions;
    private final SubscriptionViews views;
    private final SecurityIdentity identity;
    private final SignupLimit signups;

    SubscriptionResource(SubscriptionService subscriptions, SubscriptionViews views, SecurityIdentity identity,
            SignupLimit signups) {
        this.subscriptions = subscriptions;
        this.views = views;
        this.identity = identity;
        this.signups = signups;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to alerts", description = "E-mail: public and rate-limited (per client address, taken from X-Forwarded-For only behind a trusted proxy); a confirmation mail follows and nothing else is sent until it is confirmed. A public sign-up then hears only of cases whose people all allowed publication (consent.publicAdvocacy), and only of their reference, province, crossing, counts and level: no facility, no dates. Webhook: for advocates and operators, owned by the token's subject (sub); the pseudonymised alert; the signing secret is in this answer only.")
    @SecurityRequirement(name = "bearer")
    public Response subscribe(
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid SubscriptionRequest request,
            @Context HttpServerRequest http) {
        if (request.channel() == Channel.EMAIL) {
            signups.acquire(http);
            if (request.address() == null || request.address().isBlank()) {
                throw ProblemException.invalid("address", "an e-mail subscription needs an address");
            }
            SubscriptionService.Created created = subscriptions.subscribeEmail(request.address(), request.minLevel(),
                    request.provinces(), request.language());
            return Response.accepted(Map.of("id", created.id(), "status", created.status())).build();
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(Roles.ADVOCATE) && !identity.hasRole(Roles.OPERATOR)) {
            throw new ForbiddenException();
        }
        if (request.url() == null || request.url().isBlank()) {
            throw ProblemException.invalid("url", "a webhook subscription needs a url");
        }
        SubscriptionService.Created created = subscriptions.subscribeWebhook(request.url().strip(), request.minLevel(),
                request.provinces(), request.language(),
                new SubscriptionService.Owner(subject(), identity.getPrincipal().getName()));
        return Response.created(URI.create("/api/v1/subscriptions/" + created.id()))
                .entity(Map.of("id", created.id(), "status", created.status(), "secret", created.secret()))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("confirm")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Confirm an e-mail subscription (the link in the confirmation mail)")
    public Response confirmPage(@QueryParam("token") String token) {
        return subscriptions.confirm(token).map(subscription -> PageResponses.html(200, views.confirmed(subscription)))
                .orElseGet(() -> PageResponses.html(404, views.invalid("en")));
    }

    @GET
    @Path("confirm")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> confirm(@QueryParam("token") String token) {
        Subscription subscription = subscriptions.confirm(token)
                .orElseThrow(() -> ProblemException.notFound("a subscription for this token"));
        return Map.of("id", subscription.id, "status", subscription.status);
    }

    @GET
    @Path("unsubscribe")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The page behind the unsubscribe link: asks before unsubscribing")
    public Response unsubscribePage(@QueryParam("token") String token) {
        return subscriptions.peekUnsubscribe(token)
                .map(subscription -> PageResponses.html(200,
                        subscription.status == Subscription.Status.UNSUBSCRIBED ? views.unsubscribed(subscription)
                                : views.unsubscribeQuestion(subscription, token)))
                .orElseGet(() -> PageResponses.html(404, views.invalid("en")));
    }

    @POST
    @Path("unsubscribe")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscribeFromPage(@QueryParam("token") String token) {
        return subscriptions.unsubscribe(token).map(subscription -> PageResponses.html(200, views.unsubscribed(subscription)))
                .orElseGet(() -> PageResponses.html(404, views.invalid("en")));
    }

    @POST
    @Path("unsubscribe")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unsubscribe (the token from any alert mail; also one-click from mail clients)")
    public Map<String, Object> unsubscribe(@QueryParam("token") String token) {
        Subscription subscription = subscriptions.unsubscribe(token)
                .orElseThrow(() -> ProblemException.notFound("a subscription for this token"));
        return Map.of("id", subscription.id, "status", subscription.status);
    }

    @GET
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Your webhook subscriptions (operators: all subscriptions)")
    public List<SubscriptionView> list() {
        return subscriptions.list(owner()).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One of your subscriptions")
    public SubscriptionView get(@PathParam("id") String id) {
        return view(subscriptions.owned(id, owner()));
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The delivery log of one of your subscriptions, newest first (at most 200)", description = "Alerts, test events and confirmations, each with its status: SENT, PENDING or FAILED (to be tried again), DEAD (given up), SILENCED (due while the subscription was paused: not sent, not even later).")
    public List<DeliveryLogEntry> deliveries(@PathParam("id") String id) {
        return subscriptions.deliveries(id, owner(), 200).stream().map(DeliveryLogEntry::of).toList();
    }

    @POST
    @Path("{id}/test")
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Send a test event to one of your webhooks", description = "Body {\"type\": \"test\", \"test\": {\"subscriptionId\", \"requestedAt\"}}, signed and delivered like an alert (retries included; also while paused; 409 while the previous test is still on its way) and recorded in the delivery log under the answer's id, which is its webhook-id.")
    public Response test(@PathParam("id") String id) {
        Delivery delivery = subscriptions.sendTest(id, owner());
        return Response.accepted(DeliveryLogEntry.of(delivery)).build();
    }

    @POST
    @Path("{id}/secret")
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Rotate a webhook's signing secret", description = "The new secret is in this answer only. Until previousSecretUntil (notify.webhooks.rotation-overlap after now, 24 h by default) every delivery carries two v1 signatures in webhook-signature, by the new and the previous secret; DELETE {id}/secret/previous ends that sooner.")
    public Response rotateSecret(@PathParam("id") String id) {
        SubscriptionService.Rotated rotated = subscriptions.rotateSecret(id, owner());
        return Response.ok(new RotatedSecret(rotated.subscription().id, rotated.secret(),
                rotated.subscription().previousSecretUntil)).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{id}/secret/previous")
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End a secret rotation now: only the new secret signs")
    public SubscriptionView endRotation(@PathParam("id") String id) {
        return view(subscriptions.endRotation(id, owner()));
    }

    @PUT
    @Path("{id}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Pause (silence) one of your subscriptions until a time", description = "Like an Alertmanager silence: alerts due before until are recorded as SILENCED deliveries and never sent, not even afterwards. At most 366 days ahead; PUT again to change it.")
    public SubscriptionView pause(@PathParam("id") String id,
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid PauseRequest request) {
        return view(subscriptions.pause(id, owner(), request.until()));
    }

    @DELETE
    @Path("{id}/pause")
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End a pause now")
    public SubscriptionView resume(@PathParam("id") String id) {
        return view(subscriptions.resume(id, owner()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End a subscription")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(id, owner());
        return Response.noContent().build();
    }

    /** Whose subscriptions the caller manages: its own (by the token's subject), or any (operators: null). */
    private String owner() {
        return identity.hasRole(Roles.OPERATOR) ? null : subject();
    }

    /** The token's subject ({@code sub}), which webhooks are owned by: a name can change hands, a subject does not. */
    private String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                && !token.getSubject().isBlank()) {
            return token.getSubject();
        }
        throw new ForbiddenException("a token without a subject (sub) owns no webhooks");
    }

    private SubscriptionView view(Subscription subscription) {
        return new SubscriptionView(subscription.id, subscription.channel, subscription.status, subscription.minLevel,
                subscription.provinces, subscription.language,
                subscription.channel == Channel.WEBHOOK ? subscriptions.address(subscription) : null,
                subscription.createdAt, subscription.confirmedAt, subscription.pausedUntil,
                subscription.previousSecretUntil);
    }
}
