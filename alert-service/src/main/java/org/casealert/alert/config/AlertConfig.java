package org.casealert.alert.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The thresholds of the rules and the clock; the defaults are the contract's. */
@ConfigMapping(prefix = "alert")
public interface AlertConfig {

    ClockDays clock();

    Batch batch();

    /** How often open cases are re-decided as time passes ({@code off} in tests, which tick by hand). */
    @WithDefault("1m")
    String reevaluateEvery();

    /** An IMMINENT case without news for this long gets a REMINDER alert. */
    @WithDefault("24h")
    Duration reminderAfter();

    /** ... and a case in prolonged detention, held for months before a group handover, only after this long. */
    @WithDefault("7d")
    Duration prolongedReminderAfter();

    /**
     * Place names (facility or city words, lower case; Chinese names as written) to corridors. A
     * facility or city that contains none of them has no corridor.
     */
    Map<String, String> corridors();

    /**
     * Per corridor, its province's names in each script, lower case: a place word found in another province
     * gives no corridor.
     */
    Map<String, List<String>> corridorProvinces();

    /**
     * The most a case alert's particulars may take, in bytes of JSON before sealing; people beyond it are
     * counted, not listed, so an alert stays well within the broker's message size.
     */
    @WithDefault("393216")
    long particularsBudget();

    interface ClockDays {
        /** ARRESTED and LOCAL_CUSTODY: the handover is expected this many days after {@code since}. */
        @WithDefault("14")
        int custodyDays();

        /** BORDER_FACILITY: the handover is expected this many days after {@code since}. */
        @WithDefault("7")
        int borderFacilityDays();

        /** A deadline this close (or past) makes a case IMMINENT. */
        @WithDefault("72h")
        Duration imminentWithin();

        /** Held for longer than this, a case is in prolonged detention: no fixed-date estimate holds any more. */
        @WithDefault("30")
        int prolongedAfterDays();

        /** A {@code transferExpectedOn} this many days ahead (or past) makes a case IMMINENT. */
        @WithDefault("7")
        int transferWithinDays();
    }

    interface Batch {
        /** This many open cases at the border of one corridor make a batch. */
        @WithDefault("3")
        int cases();
    }
}
