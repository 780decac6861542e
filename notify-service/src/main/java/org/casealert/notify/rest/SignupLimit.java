package org.casealert.notify.rest;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.http.RateLimiter;
import org.casealert.notify.config.NotifyConfig;

import io.vertx.core.http.HttpServerRequest;

/** E-mail sign-ups per client address, shared by the JSON API and the sign-up page. */
@ApplicationScoped
class SignupLimit {

    private final RateLimiter limiter;

    SignupLimit(NotifyConfig config) {
        int perHour = config.subscriptions().signupsPerHour();
        this.limiter = new RateLimiter(perHour / 60.0, perHour);
    }

    /** Takes one sign-up for the caller's address, or throws a 429 problem. */
    void acquire(HttpServerRequest http) {
        limiter.acquire(http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }
}
