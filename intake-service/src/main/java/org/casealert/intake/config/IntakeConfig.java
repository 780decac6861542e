package org.casealert.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "intake")
public interface IntakeConfig {

    RateLimit rateLimit();

    /**
     * The keyed-hash key ({@code casealert.crypto.name-hash-key}), read here only so that the service
     * refuses to start without it: it hashes names, to match people without reading them.
     */
    String nameHashKey();

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
