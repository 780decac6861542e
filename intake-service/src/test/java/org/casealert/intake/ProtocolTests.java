package org.casealert.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.casealert.devstack.credentials.DevCredentials;
import org.casealert.devstack.testing.TestTokens;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Every error status of the contract, each as problem+json, and who may do what. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolTests {

    private Hotlines.Hotline hotline;

    /** Made at first use: RestAssured knows the test port only once a test runs. */
    private Hotlines.Hotline hotline() {
        if (hotline == null) {
            hotline = Hotlines.create("Protocol hotline");
        }
        return hotline;
    }

    @Test
    void malformedJsonIs400() {
        post("{\"source\": {\"kind\": \"FAMILY\",").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", equalTo("Bad Request"));
        post("[1, 2, 3]").then().statusCode(400).contentType("application/problem+json");
        post("").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBodyOver256KiBIs413() {
        String big = SampleReports.minimal("Kim").replace("\"ARRESTED\"}",
                "\"ARRESTED\"}, \"narrative\": \"" + "x".repeat(270_000) + "\"");
        post(big).then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void aWrongContentTypeIs415() {
        given().header("X-Api-Key", hotline().key()).contentType(ContentType.TEXT).body(SampleReports.minimal("Kim"))
                .post("/api/v1/reports").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void anUnknownReportIs404() {
        given().header("X-Api-Key", hotline().key()).get("/api/v1/reports/no-such-report").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anIdempotencyKeyOfMoreThan255CharactersIs422() {
        given().header("X-Api-Key", hotline().key()).header("Idempotency-Key", "k".repeat(256)).contentType(ContentType.JSON)
                .body(SampleReports.minimal("Kim")).post("/api/v1/reports").then().statusCode(422)
                .body("violations.field", hasItem("idempotencyKey"));
    }

    @Test
    void credentialsAndRoles() {
        DevCredentials credentials = DevCredentials.forThisJvm();
        Map<String, Integer> expected = Map.of(
                "none", 401,
                "an unknown API key", 401,
                "a forged token", 401,
                "an expired token", 401,
                "another issuer's token", 401,
                "an advocate", 403,
                "a hotline user without a hotline", 403,
                "a hotline user", 202,
                "a hotline's API key", 202,
                "an operator", 202);
        Map<String, RequestSpecification> callers = Map.of(
                "none", given(),
                "an unknown API key", given().header("X-Api-Key", "hk_" + "A".repeat(43)),
                "a forged token", given().auth().oauth2(DevCredentials.generate().token("x", "operator", Map.of())),
                "an expired token", given().auth().oauth2(credentials.token("x", List.of("operator"), Map.of(),
                        Duration.ofMinutes(-10))),
                "another issuer's token", given().auth().oauth2(otherIssuer(credentials)),
                "an advocate", given().auth().oauth2(TestTokens.advocate()),
                "a hotline user without a hotline", given().auth().oauth2(credentials.token("x", "hotline", Map.of())),
                "a hotline user", given().auth().oauth2(TestTokens.hotline(hotline().id())),
                "a hotline's API key", given().header("X-Api-Key", hotline().key()),
                "an operator", given().auth().oauth2(TestTokens.operator()));
        expected.forEach((caller, status) -> callers.get(caller).contentType(ContentType.JSON)
                .body(SampleReports.minimal("Matrix Kim")).post("/api/v1/reports").then()
                .statusCode(status));
        given().contentType(ContentType.JSON).body(SampleReports.minimal("Kim")).post("/api/v1/reports").then()
                .statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json").body("detail", notNullValue());
    }

    @Test
    void aTokenForAnotherServiceOrForNoneIsRefused() {
        DevCredentials credentials = DevCredentials.forThisJvm();
        String forAlert = credentials.token("x", List.of("operator"), Map.of("aud", "alert-service"), Duration.ofMinutes(10));
        JwtClaims withoutAudience = new JwtClaims();
        withoutAudience.setIssuer(DevCredentials.ISSUER);
        withoutAudience.setSubject("x");
        withoutAudience.setStringListClaim("groups", "operator");
        withoutAudience.setExpirationTimeMinutesInTheFuture(10);
        withoutAudience.setIssuedAtToNow();
        for (String token : List.of(forAlert, credentials.sign(withoutAudience))) {
            given().auth().oauth2(token).get("/api/v1/hotlines").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(credentials.token("x", List.of("operator"), Map.of("aud", "intake-service"),
                Duration.ofMinutes(10))).get("/api/v1/hotlines").then().statusCode(200);
    }

    @Test
    void impossibleIdsAre404AndNoAnswerIsCached() {
        String id = given().header("X-Api-Key", hotline().key()).contentType(ContentType.JSON)
                .body(SampleReports.full()).post("/api/v1/reports").then().statusCode(202)
                .header("Cache-Control", "no-store").extract().path("id");
        given().header("X-Api-Key", hotline().key()).get("/api/v1/reports/" + id).then().statusCode(200)
                .header("Cache-Control", "no-store");
        for (String impossible : List.of("%00", "a%00b", "x".repeat(201))) {
            given().header("X-Api-Key", hotline().key()).urlEncodingEnabled(false).get("/api/v1/reports/" + impossible)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.operator()).urlEncodingEnabled(false)
                    .get("/api/v1/hotlines/" + impossible + "/keys").then().statusCode(404);
            given().auth().oauth2(TestTokens.operator()).urlEncodingEnabled(false)
                    .delete("/api/v1/hotlines/" + impossible + "/keys/" + impossible).then().statusCode(404);
        }
    }

    @Test
    void onlyOperatorsManageHotlines() {
        given().auth().oauth2(TestTokens.advocate()).get("/api/v1/hotlines").then().statusCode(403);
        given().header("X-Api-Key", hotline().key()).get("/api/v1/hotlines").then().statusCode(403);
        given().get("/api/v1/hotlines").then().statusCode(401);
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/hotlines").then().statusCode(200);
    }

    private Response post(String body) {
        return given().header("X-Api-Key", hotline().key()).contentType(ContentType.JSON).body(body).post("/api/v1/reports");
    }

    private static String otherIssuer(DevCredentials credentials) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("https://someone-else.example");
        claims.setSubject("x");
        claims.setStringListClaim("groups", "operator");
        claims.setExpirationTimeMinutesInTheFuture(10);
        claims.setIssuedAtToNow();
        return credentials.sign(claims);
    }
}
