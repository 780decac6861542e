package org.casealert.alert;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.casealert.devstack.credentials.DevCredentials;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;

/** A token must name alert-service in its audience; one meant for another service is refused. */
@QuarkusTest
class AudienceTests {

    @Test
    void aTokenForAnotherServiceIsRefusedAndOneForThisServiceAccepted() {
        DevCredentials credentials = DevCredentials.forThisJvm();
        for (String audience : List.of("intake-service", "notify-service")) {
            given().auth().oauth2(credentials.token("x", List.of("operator"), Map.of("aud", audience),
                    Duration.ofMinutes(10))).get("/api/v1/cases").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(credentials.token("x", List.of("operator"), Map.of("aud", "alert-service"),
                Duration.ofMinutes(10))).get("/api/v1/cases").then().statusCode(200);
    }
}
