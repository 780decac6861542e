package org.casealert.notify;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * X-Forwarded-For from a caller that is not a trusted proxy is ignored: whoever sends it cannot pick a fresh address
 * for every sign-up and so escape the limit.
 */
@QuarkusTest
@TestProfile(UntrustedForwardedAddressTests.TwoPerHourElsewhereProxied.class)
class UntrustedForwardedAddressTests {

    public static class TwoPerHourElsewhereProxied implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the trusted proxy is another host: the tests' own requests (from 127.0.0.1) are not proxied ones
            return Map.of("%test.notify.subscriptions.signups-per-hour", "2", "quarkus.http.proxy.trusted-proxies",
                    "192.0.2.1");
        }
    }

    @Test
    void aForwardedAddressFromAnUntrustedCallerCountsAsTheCallersOwn() {
        ForwardedAddressTests.signUp("203.0.113.20").then().statusCode(202);
        ForwardedAddressTests.signUp("203.0.113.21").then().statusCode(202);
        ForwardedAddressTests.signUp("203.0.113.22").then().statusCode(429);
    }
}
