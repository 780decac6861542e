package org.casealert.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.casealert.devstack.testing.TestMail;
import org.casealert.events.Level;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

/**
 * The SMTP and deliveries checks follow the relay down and up; readiness and liveness do not (mail waits
 * and is retried).
 */
@QuarkusTest
@TestProfile(HealthTests.SlowRetries.class)
class HealthTests {

    private static final String SMTP = "checks.find { it.name == 'smtp' }.status";
    private static final String DELIVERIES = "checks.find { it.name == 'deliveries' }";

    /** Retries far enough apart that a mail waits a while before it is dead; a stall is soon told. */
    public static class SlowRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notify.delivery.initial-backoff", "3s", "notify.delivery.max-backoff", "3s",
                    "notify.delivery.stall-after", "1s");
        }
    }

    @Test
    void theSmtpCheckGoesDownWithTheRelayAndUpWhenItIsBack() {
        given().get("/q/health/well").then().statusCode(200).body(SMTP, is("UP"));
        TestMail.stop();
        try {
            given().get("/q/health/well").then().statusCode(503).body(SMTP, is("DOWN"));
            given().get("/q/health").then().statusCode(503).body(SMTP, is("DOWN"));
            given().get("/q/health/ready").then().statusCode(200);
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            TestMail.start();
        }
        await().untilAsserted(() -> given().get("/q/health/well").then().statusCode(200).body(SMTP, is("UP")));
    }

    @Test
    void theDeliveriesCheckGoesDownWhileMailCannotGoOutAndUpOnceItIsSent() {
        NotifyClient client = new NotifyClient();
        boolean relayBack = false;
        TestMail.stop();
        try {
            String address = Mailbox.newAddress("stalled");
            client.signUp(address, Level.WATCH, List.of(), "en"); // a confirmation mail to send
            await().atMost(Duration.ofSeconds(8)).untilAsserted(() -> given().get("/q/health/well").then()
                    .statusCode(503).body(DELIVERIES + ".status", is("DOWN"))
                    .body(DELIVERIES + ".data.waiting", greaterThanOrEqualTo(1)));
            given().get("/q/health/ready").then().statusCode(200);
            given().get("/q/health/live").then().statusCode(200);
            TestMail.start();
            relayBack = true;
            Mailbox.awaitMail(address, "/confirm?token=");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/health/well").then()
                    .body(DELIVERIES + ".status", is("UP")));
        } finally {
            if (!relayBack) {
                TestMail.start();
            }
            client.close();
        }
    }
}
