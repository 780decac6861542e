package org.casealert.notify;

import org.casealert.devstack.testing.TestMail;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

/** The SMTP check follows the relay down and up; readiness and liveness do not (mail waits and is retried). */
@QuarkusTest
class HealthTests {

    private static final String SMTP = "checks.find { it.name == 'smtp' }.status";

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
}
