package org.casealert.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.casealert.devstack.credentials.DevCredentials;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A token must name notify-service in its audience, and a webhook belongs to its token's subject, not its name. */
@QuarkusTest
class TokenTests {

    private final DevCredentials credentials = DevCredentials.forThisJvm();

    @Test
    void aTokenForAnotherServiceIsRefusedAndOneForThisServiceAccepted() {
        for (String audience : List.of("intake-service", "alert-service")) {
            given().auth().oauth2(credentials.token("advocate-elsewhere@test", List.of("advocate"),
                    Map.of("aud", audience), Duration.ofMinutes(10))).get("/api/v1/subscriptions").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(credentials.token("advocate-here@test", List.of("advocate"), Map.of("aud", "notify-service"),
                Duration.ofMinutes(10))).get("/api/v1/subscriptions").then().statusCode(200);
    }

    @Test
    void aWebhookBelongsToTheTokensSubjectNotToItsName() {
        // two accounts with the same display name, and the first one renamed later
        String owner = advocate("subject-owner-1", "Kim the advocate");
        String namesake = advocate("subject-other-2", "Kim the advocate");
        String renamedOwner = advocate("subject-owner-1", "Kim, renamed");

        String id = given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEBHOOK", "url", "http://127.0.0.1:9/owned-by-subject", "minLevel", "WATCH",
                        "provinces", List.of("No-such-province-for-owner-tests")))
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");

        given().auth().oauth2(namesake).get("/api/v1/subscriptions").then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(namesake).delete("/api/v1/subscriptions/" + id).then().statusCode(404);
        given().auth().oauth2(renamedOwner).get("/api/v1/subscriptions").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(renamedOwner).delete("/api/v1/subscriptions/" + id).then().statusCode(204);
    }

    private String advocate(String subject, String name) {
        return credentials.token(subject, List.of("advocate"), Map.of("upn", name), Duration.ofMinutes(10));
    }
}
