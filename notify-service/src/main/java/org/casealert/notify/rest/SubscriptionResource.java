package org.casealert.notify.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casealert.events.Level;
import org.casealert.events.http.ProblemException;
import org.casealert.events.http.RateLimiter;
import org.casealert.events.http.RequiredBody;
import org.casealert.events.http.Roles;
import org.casealert.notify.appeal.Phrases;
import org.casealert.notify.config.NotifyConfig;
import org.casealert.notify.delivery.Channel;
import org.casealert.notify.subscription.Subscription;
import org.casealert.notify.subscription.SubscriptionPages;
import org.casealert.notify.subscription.SubscriptionService;
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

    public record SubscriptionView(String id, Channel channel, Subscription.Status status, Level minLevel,
            List<String> provinces, String language, Instant createdAt, Instant confirmedAt) {
        static SubscriptionView of(Subscription subscription) {
            return new SubscriptionView(subscription.id, subscription.channel, subscription.status, subscription.minLevel,
                    subscription.provinces, subscription.language, subscription.createdAt, subscription.confirmedAt);
        }
    }

    private final SubscriptionService subscriptions;
    private final SecurityIdentity identity;
    private final Phrases phrases;
    private final RateLimiter signups;

    SubscriptionResource(SubscriptionService subscriptions, SecurityIdentity identity, Phrases phrases,
            NotifyConfig config) {
        this.subscriptions = subscriptions;
        this.identity = identity;
        this.phrases = phrases;
        int perHour = config.subscriptions().signupsPerHour();
        this.signups = new RateLimiter(perHour / 60.0, perHour);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to alerts", description = "E-mail: public and rate-limited; a confirmation mail follows and nothing else is sent until it is confirmed. Webhook: for advocates and operators; the signing secret is in this answer only.")
    @SecurityRequirement(name = "bearer")
    public Response subscribe(
            @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class) @Valid SubscriptionRequest request,
            @Context HttpServerRequest http) {
        if (request.channel() == Channel.EMAIL) {
            signups.acquire(http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
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
                request.provinces(), request.language(), identity.getPrincipal().getName());
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
        Optional<Subscription> confirmed = subscriptions.confirm(token);
        String language = confirmed.map(subscription -> subscription.language).orElse("en");
        return page(confirmed.isPresent() ? 200 : 404, language,
                phrases.get(language, confirmed.isPresent() ? "page.confirmed" : "page.invalid"), null);
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
        Optional<Subscription> subscription = subscriptions.peekUnsubscribe(token);
        if (subscription.isEmpty() || subscription.get().status == Subscription.Status.UNSUBSCRIBED) {
            String language = subscription.map(found -> found.language).orElse("en");
            return page(subscription.isEmpty() ? 404 : 200, language,
                    phrases.get(language, subscription.isEmpty() ? "page.invalid" : "page.unsubscribed"), null);
        }
        String language = subscription.get().language;
        return page(200, language, phrases.get(language, "page.unsubscribe.question"),
                "/api/v1/subscriptions/unsubscribe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    @POST
    @Path("unsubscribe")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscribeFromPage(@QueryParam("token") String token) {
        Optional<Subscription> ended = subscriptions.unsubscribe(token);
        String language = ended.map(subscription -> subscription.language).orElse("en");
        return page(ended.isPresent() ? 200 : 404, language,
                phrases.get(language, ended.isPresent() ? "page.unsubscribed" : "page.invalid"), null);
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
        return subscriptions.list(identity.hasRole(Roles.OPERATOR) ? null : identity.getPrincipal().getName()).stream()
                .map(SubscriptionView::of).toList();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.ADVOCATE, Roles.OPERATOR })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End a subscription")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(id, identity.hasRole(Roles.OPERATOR) ? null : identity.getPrincipal().getName());
        return Response.noContent().build();
    }

    private Response page(int status, String language, String message, String formAction) {
        String html = SubscriptionPages.page(new SubscriptionPages.Page(language, phrases.get(language, "page.title"),
                message, formAction, phrases.get(language, "page.unsubscribe.button"))).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
                .build();
    }
}
