package org.casealert.notify.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who is woken when draft appeals wait for an operator's approval, like a PagerDuty escalation policy and in the
 * shape of alert-service's {@code alert.escalation}: each step mails its list once per draft, once the draft has
 * waited that long.
 */
@ConfigMapping(prefix = "notify.escalation")
public interface EscalationPolicy {

    /** How often the policy is applied ({@code off} in tests, which apply it by hand). */
    @WithDefault("1m")
    String every();

    /** The page operators approve drafts on, linked from each mail; none when unset. */
    Optional<String> boardUrl();

    /** The steps, in the order they wake people. */
    List<Step> steps();

    interface Step {
        /** The step is due this long after the draft was written, while it still waits for approval. */
        Duration after();

        /** E-mail addresses. */
        List<String> to();
    }
}
