package org.casealert.devstack.testing;

import java.util.Map;

import org.casealert.devstack.credentials.DevCredentials;

/** Bearer tokens signed with the test JVM's key, which {@link DevstackResource} gives the service. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String operator() {
        return DevCredentials.forThisJvm().token("operator@test", "operator", Map.of());
    }

    public static String advocate() {
        return DevCredentials.forThisJvm().token("advocate@test", "advocate", Map.of());
    }

    /** A hotline user's token; {@code hotlineId} is the hotline the token speaks for. */
    public static String hotline(String hotlineId) {
        return DevCredentials.forThisJvm().token("hotline-user@" + hotlineId, "hotline", Map.of("hotline", hotlineId));
    }
}
