package org.casealert.intake.report;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.http.RateLimiter;
import org.casealert.intake.config.IntakeConfig;

/**
 * Reports per hotline: a burst is fine (a hotline entering a batch after a raid), a runaway
 * integration is answered 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class ReportRateLimiter {

    private final RateLimiter limiter;

    ReportRateLimiter(IntakeConfig config) {
        this.limiter = new RateLimiter(config.rateLimit().reportsPerMinute(), config.rateLimit().burst());
    }

    public void acquire(String hotlineId) {
        limiter.acquire(hotlineId);
    }
}
