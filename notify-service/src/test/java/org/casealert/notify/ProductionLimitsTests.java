package org.casealert.notify;

import java.util.List;
import java.util.Map;

import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.Level;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/**
 * The service with the limits it has outside dev: webhooks only to public https targets, and the default
 * number of sign-ups per client address.
 */
@QuarkusTest
@TestProfile(ProductionLimitsTests.ProductionLimits.class)
class ProductionLimitsTests extends NotifyTest {

    public static class ProductionLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.notify.webhooks.allow-loopback", "false",
                    "%test.notify.subscriptions.signups-per-hour", "10");
        }
    }

    @Test
    void signUpsFromOneClientAddressAreRateLimited() {
        for (int i = 0; i < 10; i++) {
            client.signUp(Mailbox.newAddress("limit"), Level.URGENT, List.of(), "en");
        }
        Response refused = given().contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "address", Mailbox.newAddress("limit")))
                .post("/api/v1/subscriptions");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<Integer> path("status")).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3_600L);
        assertThat(refused.asString()).doesNotContain("\"id\"");
    }

    @Test
    void webhooksMustGoToPublicHttpsTargets() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            for (String url : List.of(receiver.url(), receiver.url().replace("http:", "https:"),
                    "https://localhost/hook", "https://10.1.2.3/hook", "https://172.16.0.9/hook",
                    "https://192.168.1.1/hook", "https://169.254.169.254/latest/meta-data/", "https://[::1]/hook",
                    "https://[fd12::1]/hook", "https://[::ffff:127.0.0.1]/hook", "https://100.64.0.1/hook",
                    "https://0.0.0.0/hook", "http://203.0.113.10/hook", "https://user:pw@203.0.113.10/hook",
                    "ftp://203.0.113.10/hook", "not a url")) {
                given().auth().oauth2(TestTokens.advocate()).contentType(ContentType.JSON)
                        .body(Map.of("channel", "WEBHOOK", "url", url, "minLevel", "WATCH"))
                        .post("/api/v1/subscriptions").then().statusCode(422).contentType("application/problem+json")
                        .body("violations.field", hasItem("url"));
            }
            assertThat(receiver.received()).isEmpty();
        }
        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("name", "Internal hook", "kind", "NGO", "channel", "WEBHOOK", "address",
                        "https://10.0.0.5/appeals", "active", false))
                .post("/api/v1/recipients").then().statusCode(422).body("violations.field", hasItem("address"));

        // a public https target (a documentation address: nothing is ever sent there) is accepted
        String id = client.webhook("https://203.0.113.10/hook", Level.IMMINENT,
                List.of(AlertEvents.province())).id();
        given().auth().oauth2(TestTokens.advocate()).get("/api/v1/subscriptions").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", is("ACTIVE"));
    }
}
