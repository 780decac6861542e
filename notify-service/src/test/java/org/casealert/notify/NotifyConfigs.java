package org.casealert.notify;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.casealert.notify.config.NotifyConfig;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** {@link NotifyConfig} for unit tests: the mapping's own defaults, with the given properties on top. */
public final class NotifyConfigs {

    /** A token key for unit tests: published (it was the dev profile's), protecting nothing. */
    public static final String TOKEN_KEY = "8u5q3Oa7b3TlVqS8DcqjK5mQeq1Z9zD1r1oGZ0cJk5E=";

    private NotifyConfigs() {
    }

    public static NotifyConfig with(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(Map.of("notify.public-url", "https://notify.example.org",
                "notify.token-key", TOKEN_KEY, "notify.email-hash-key", "not used by the unit tests"));
        all.putAll(Map.of("notify.sender.name", "Example NGO", "notify.sender.postal-address", "1 Example Street",
                "notify.sender.email", "appeals@ngo.example.org", "notify.sender.phone", "+82 2 0000 0000"));
        all.putAll(properties);
        // durations as Quarkus writes them ("10s", "48h")
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(NotifyConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter()).withDefaultValues(all).build();
        return config.getConfigMapping(NotifyConfig.class);
    }
}
