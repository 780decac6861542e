package org.casealert.alert.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The public Atom and CAP feeds of cases whose people all consented to public advocacy. */
@ConfigMapping(prefix = "alert.feed")
public interface PublicFeedConfig {

    /** The feeds' title. */
    @WithDefault("case-alert: North Koreans at risk of forced repatriation from China")
    String title();

    /** Who publishes: the feeds' author and each CAP alert's {@code sender}. */
    @WithDefault("alerts@case-alert.invalid")
    String sender();

    /** The most entries a feed carries, most recently changed first. */
    @WithDefault("100")
    int entries();
}
