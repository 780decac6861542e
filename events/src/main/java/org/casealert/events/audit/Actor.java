package org.casealert.events.audit;

import java.security.Principal;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who acts: the token's subject ({@code sub}, stable across renames, the key for "a different operator") and
 * the name shown to people. A caller without a token (a hotline's API key) is its principal under both.
 */
public record Actor(String sub, String name) {

    public static Actor of(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        String name = principal.getName();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            return new Actor(token.getSubject(), name == null ? token.getSubject() : name);
        }
        return new Actor(name, name);
    }

    /** The service itself, for what a scheduled job does. */
    public static Actor system(String job) {
        return new Actor("system:" + job, job);
    }

    public boolean sameAs(String otherSub) {
        return sub.equals(otherSub);
    }
}
