package org.casealert.alert.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who is woken when nobody acknowledges an IMMINENT case, like an on-call escalation policy: each step mails its
 * addresses once per case, when the case has been IMMINENT and unacknowledged for the step's time.
 */
@ConfigMapping(prefix = "alert.escalation")
public interface EscalationPolicy {

    /** How often the policy is applied ({@code off} in tests, which apply it by hand). */
    @WithDefault("1m")
    String every();

    /** The case board, linked from each mail; none when unset. */
    Optional<String> boardUrl();

    /** The steps, in the order they wake people. */
    List<Step> steps();

    interface Step {
        /** The step is due this long after the case became IMMINENT, while nobody has acknowledged it. */
        Duration after();

        /** E-mail addresses. */
        List<String> to();
    }
}
