package org.casealert.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "intake")
public interface IntakeConfig {

    RateLimit rateLimit();

    /** The JWT claim that names a hotline user's hotline. */
    @WithDefault("hotline")
    String hotlineClaim();

    interface RateLimit {
        /** Sustained reports per minute per hotline. */
        @WithDefault("120")
        int reportsPerMinute();

        /** Reports a hotline may post at once before the sustained rate applies. */
        @WithDefault("300")
        int burst();
    }
}
