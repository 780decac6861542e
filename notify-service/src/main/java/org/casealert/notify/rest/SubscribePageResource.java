package org.casealert.notify.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casealert.events.Level;
import org.casealert.events.http.ProblemException;
import org.casealert.notify.delivery.Channel;
import org.casealert.notify.subscription.SubscriptionService;
import org.casealert.notify.subscription.SubscriptionViews;
import org.casealert.notify.subscription.SubscriptionViews.SignupInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

/**
 * The sign-up page for advocates ({@code /subscribe/}, no credentials, in the browser's language with a switch), and
 * the pause and resume forms of the pages behind the links in mails. Plain HTML forms: no script.
 */
@Path("/subscribe")
@PermitAll
@Tag(name = "Subscription pages")
public class SubscribePageResource {

    private static final byte[] STYLESHEET = readStylesheet();

    private final SubscriptionService subscriptions;
    private final SubscriptionViews views;
    private final SignupLimit signups;
    private final Validator validator;

    SubscribePageResource(SubscriptionService subscriptions, SubscriptionViews views, SignupLimit signups,
            Validator validator) {
        this.subscriptions = subscriptions;
        this.views = views;
        this.signups = signups;
        this.validator = validator;
    }

    @GET
    @Path("/")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The sign-up page: e-mail, level, provinces and language, in English, Korean or Chinese")
    public Response form(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String acceptLanguage) {
        String language = SubscriptionViews.language(lang, acceptLanguage);
        return PageResponses.html(200, views.signupForm(language, SignupInput.empty(language), null));
    }

    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Sign up from the page (public, rate-limited): a confirmation mail follows")
    public Response signUp(@QueryParam("lang") String lang, @FormParam("email") String email,
            @FormParam("level") String level, @FormParam("province") List<String> provinces,
            @FormParam("otherProvinces") String otherProvinces, @FormParam("language") String mailLanguage,
            @Context HttpServerRequest http) {
        String language = SubscriptionViews.language(lang, null);
        SignupInput input = new SignupInput(email, level, provinces, otherProvinces,
                SubscriptionViews.language(mailLanguage, null));
        Level minLevel = parseLevel(level);
        List<String> chosen = input.allProvinces();
        String refused = refusal(email, chosen, input.language());
        if (refused != null) {
            return PageResponses.html(400, views.signupForm(language, input, refused));
        }
        try {
            signups.acquire(http);
        } catch (ProblemException e) {
            return PageResponses.html(429, views.signupForm(language, input, "signup.error.busy"));
        }
        subscriptions.subscribeEmail(email.strip(), minLevel, chosen, input.language());
        return PageResponses.html(200, views.sent(language, email.strip(), minLevel, chosen));
    }

    @POST
    @Path("pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Pause (silence) a subscription until a date (UTC), with the token of a link in its mails")
    public Response pause(@QueryParam("token") String token, @FormParam("until") String until) {
        try {
            return subscriptions.pauseByToken(token, startOfDay(until))
                    .map(subscription -> PageResponses.html(200, views.paused(subscription)))
                    .orElseGet(() -> PageResponses.html(404, views.invalid("en")));
        } catch (ProblemException refused) {
            // the date: not one, past, or too far ahead
            return subscriptions.peekUnsubscribe(token)
                    .map(subscription -> PageResponses.html(400, views.pauseRefused(subscription, token)))
                    .orElseGet(() -> PageResponses.html(404, views.invalid("en")));
        }
    }

    @POST
    @Path("resume")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "End a subscription's pause now, with the token of a link in its mails")
    public Response resume(@QueryParam("token") String token) {
        return subscriptions.resumeByToken(token).map(subscription -> PageResponses.html(200, views.resumed(subscription)))
                .orElseGet(() -> PageResponses.html(404, views.invalid("en")));
    }

    @GET
    @Path("subscribe.css")
    @Produces("text/css")
    public Response stylesheet() {
        return PageResponses.secured(Response.ok(STYLESHEET, "text/css; charset=UTF-8"))
                .header("Cache-Control", "public, max-age=3600").build();
    }

    /** The phrase key saying what is wrong with the form, or null; the same checks as the JSON API's. */
    private String refusal(String email, List<String> provinces, String mailLanguage) {
        if (email == null || email.isBlank() || email.indexOf('\0') >= 0) {
            return "signup.error.email";
        }
        if (provinces.stream().anyMatch(province -> province.indexOf('\0') >= 0)) {
            return "signup.error.provinces"; // PostgreSQL's jsonb cannot hold a NUL
        }
        Set<ConstraintViolation<SubscriptionResource.SubscriptionRequest>> violations = validator
                .validate(new SubscriptionResource.SubscriptionRequest(Channel.EMAIL, email.strip(), null, null,
                        provinces, mailLanguage));
        if (violations.isEmpty()) {
            return null;
        }
        return violations.stream().anyMatch(v -> v.getPropertyPath().toString().startsWith("address"))
                ? "signup.error.email"
                : "signup.error.provinces";
    }

    /** The start (UTC) of the day a date field names; null if it names none. */
    private static Instant startOfDay(String date) {
        try {
            return date == null ? null : LocalDate.parse(date.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Level parseLevel(String level) {
        for (Level candidate : Level.values()) {
            if (candidate.name().equals(level)) {
                return candidate;
            }
        }
        return Level.URGENT;
    }

    private static byte[] readStylesheet() {
        try (InputStream in = SubscribePageResource.class.getResourceAsStream("/subscribe/subscribe.css")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
