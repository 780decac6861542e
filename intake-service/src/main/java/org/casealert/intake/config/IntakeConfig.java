package org.casealert.intake.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "intake")
public interface IntakeConfig {

    RateLimit rateLimit();

    Limits limits();

    /**
     * The keyed-hash key ({@code casealert.crypto.name-hash-key}), read here only so that the service
     * refuses to start without it: it hashes names, to match people without reading them.
     */
    String nameHashKey();

    /** The JWT claim that names a hotline user's hotline. */
    @WithDefault("hotline")
    String hotlineClaim();

    /**
     * What one report may make, so that its event always fits on the topic (1 MiB, see deploy/ and the
     * producer's max.request.size): a report over a limit is refused with a 422, never accepted and stuck.
     */
    interface Limits {
        /** The largest event a report may make, measured as published: its DetentionReported JSON in UTF-8. */
        @WithDefault("900K")
        MemorySize eventSize();

        /** Folded readings (so keyed hashes) of one person's name, Hangul name and aliases together. */
        @WithDefault("64")
        int nameReadingsPerPerson();

        /** Folded readings of all the report's people together. */
        @WithDefault("4000")
        int nameReadingsPerReport();
    }

    interface RateLimit {
        /** Sustained reports per minute per hotline. */
        @WithDefault("120")
        int reportsPerMinute();

        /** Reports a hotline may post at once before the sustained rate applies. */
        @WithDefault("300")
        int burst();
    }
}
