package org.casealert.notify;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Behind the ingress, the sign-up limit counts each visitor by the address the trusted proxy forwarded
 * (X-Forwarded-For), not the ingress's own; the tests call from 127.0.0.1, the proxy trusted here.
 */
@QuarkusTest
@TestProfile(ForwardedAddressTests.TwoPerHour.class)
class ForwardedAddressTests {

    public static class TwoPerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the tests' own address, as IPv4 or IPv6 loopback
            return Map.of("%test.notify.subscriptions.signups-per-hour", "2", "quarkus.http.proxy.trusted-proxies",
                    "127.0.0.1,::1");
        }
    }

    @Test
    void eachForwardedAddressHasItsOwnLimitWhenTheProxyIsTrusted() {
        signUp("203.0.113.10").then().statusCode(202);
        signUp("203.0.113.10").then().statusCode(202);
        signUp("203.0.113.10").then().statusCode(429).header("Retry-After", notNullValue());
        // another visitor behind the same ingress is not held back by the first
        signUp("203.0.113.11").then().statusCode(202);
    }

    static Response signUp(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "address", Mailbox.newAddress("forwarded")))
                .post("/api/v1/subscriptions");
    }
}
