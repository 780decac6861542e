package org.casealert.notify.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "notify")
public interface NotifyConfig {

    /** Where people reach this service from their mail: confirm and unsubscribe links start here. */
    String publicUrl();

    /** Base64 key (at least 32 bytes) that signs confirm and unsubscribe tokens. */
    String tokenKey();

    /**
     * Base64 key (at least 32 bytes) of the keyed hashes of e-mail addresses (one subscription per address):
     * notify's own, never intake's name-hash key ({@link NotifyKeys}).
     */
    String emailHashKey();

    /** Who signs appeals and alert mails. */
    @WithDefault("case-alert")
    String organisation();

    /**
     * Who signs appeals: every letter to an institution carries the organisation's name, postal address, e-mail
     * and telephone, so that the addressee can reach the submitter. No defaults: production refuses to start
     * without them ({@code CASEALERT_SENDER_*}).
     */
    Sender sender();

    /**
     * How often a corridor batch's group may get a further round of letters (numbered further information to
     * institutions, a digest to advocates), when cases joined it since the last round.
     */
    @WithDefault("10m")
    Duration groupInterval();

    /** How long a new group's first round waits for the alerts of the cases that formed it, which come together. */
    @WithDefault("2s")
    Duration groupWait();

    Delivery delivery();

    Webhooks webhooks();

    Subscriptions subscriptions();

    /** Addresses of the default recipients, by directory key (unhcr-beijing, rok-embassy-beijing, ...). */
    Map<String, DirectoryEntry> directory();

    interface Delivery {
        /** How often the worker looks for due deliveries (it also runs right after deliveries are written). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Attempts before a delivery is DEAD. */
        @WithDefault("6")
        int maxAttempts();

        /** Wait after the first failure; doubled after each further one, with jitter. */
        @WithDefault("10s")
        Duration initialBackoff();

        @WithDefault("30m")
        Duration maxBackoff();

        /** How long a claimed delivery is reserved; an instance that dies mid-delivery frees it after this. */
        @WithDefault("2m")
        Duration lease();

        /** Deliveries in flight at once; a slow target holds one of them, not the others. */
        @WithDefault("16")
        int concurrency();

        @WithDefault("10s")
        Duration webhookTimeout();

        /**
         * The deliveries health check is DOWN when a delivery has waited this long and nothing was sent
         * meanwhile (see {@code DeliveryProgress}).
         */
        @WithDefault("10m")
        Duration stallAfter();

        /**
         * On shutdown, how long sends under way may take to finish (a webhook's timeout and the recording of its
         * outcome); claimed deliveries not yet sent are released at once. With the preStop pause and
         * quarkus.shutdown.timeout this fits in the pods' terminationGracePeriodSeconds (5 s + 20 s + 15 s = 40 s).
         */
        @WithDefault("15s")
        Duration drainTimeout();
    }

    interface Webhooks {
        /** Allow http:// and loopback targets: the dev profile only. */
        @WithDefault("false")
        boolean allowLoopback();

        /**
         * Active webhooks one owner may have: each takes delivery slots while its target is slow, so one owner's
         * targets cannot hold up everyone's alerts.
         */
        @WithDefault("10")
        int perOwner();

        /**
         * How long the previous secret still signs after a subscriber rotates its webhook secret (each delivery
         * then carries both signatures), unless the subscriber ends the rotation sooner.
         */
        @WithDefault("24h")
        Duration rotationOverlap();
    }

    interface Subscriptions {
        /** Sign-ups per client address per hour. */
        @WithDefault("10")
        int signupsPerHour();

        @WithDefault("48h")
        Duration confirmWithin();

        @WithDefault("180d")
        Duration unsubscribeLinkValidFor();
    }

    interface Sender {
        String name();

        /** The postal address on one line, as a letterhead prints it. */
        String postalAddress();

        String email();

        String phone();

        /** The organisation's name as letters in other languages print it, by language tag (ko, zh). */
        Map<String, String> localNames();

        /** Its postal address as letters in other languages print it, by language tag (ko, zh). */
        Map<String, String> localPostalAddresses();
    }

    interface DirectoryEntry {
        Optional<String> address();
    }
}
