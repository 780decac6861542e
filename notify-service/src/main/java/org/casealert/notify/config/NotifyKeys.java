package org.casealert.notify.config;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Singleton;

import org.casealert.events.crypto.Crypto;
import org.casealert.events.crypto.KeyedHasher;

/**
 * notify's keys of its own, checked when the service starts: the e-mail-hash key (not intake's name-hash key,
 * which notify never holds) and the link-signing key. Outside dev and test a published key stops the service.
 */
@Singleton
public class NotifyKeys {

    private final KeyedHasher emailHasher;

    NotifyKeys(NotifyConfig config, Crypto crypto) {
        crypto.requireUsable("notify.token-key", config.tokenKey());
        this.emailHasher = new KeyedHasher(crypto.requireUsable("notify.email-hash-key", config.emailHashKey()));
    }

    void onStart(@Observes Startup startup) {
        // creating this bean is the check
    }

    /** Keyed hashes of e-mail addresses: one subscription per address, without storing the address in clear. */
    public KeyedHasher emailHasher() {
        return emailHasher;
    }
}
