package org.casealert.notify;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.casealert.devstack.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what: everything but the public sign-up and its links needs a token with the right role. */
@QuarkusTest
class RoleRulesTests {

    private static final String UNKNOWN = UUID.randomUUID().toString();

    /** A protected endpoint and the roles that may call it. */
    record Endpoint(String method, String path, Object body, Set<String> roles) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> protectedEndpoints() {
        Set<String> operator = Set.of("operator");
        Set<String> advocateOrOperator = Set.of("advocate", "operator");
        Map<String, Object> recipient = Map.of("name", "Role test desk", "kind", "NGO", "channel", "EMAIL", "address",
                Mailbox.newAddress("roles"), "active", false);
        return Stream.of(
                new Endpoint("GET", "/api/v1/deliveries", null, operator),
                new Endpoint("GET", "/api/v1/deliveries?status=DEAD", null, operator),
                new Endpoint("GET", "/api/v1/appeals?caseId=" + UNKNOWN, null, operator),
                new Endpoint("POST", "/api/v1/appeals/" + UNKNOWN + "/approve", null, operator),
                new Endpoint("GET", "/api/v1/recipients", null, operator),
                new Endpoint("GET", "/api/v1/recipients/" + UNKNOWN, null, operator),
                new Endpoint("POST", "/api/v1/recipients", recipient, operator),
                new Endpoint("PUT", "/api/v1/recipients/" + UNKNOWN, recipient, operator),
                new Endpoint("DELETE", "/api/v1/recipients/" + UNKNOWN, null, operator),
                new Endpoint("GET", "/api/v1/recipients/changes", null, operator),
                new Endpoint("GET", "/api/v1/recipients/changes/" + UNKNOWN, null, operator),
                new Endpoint("POST", "/api/v1/recipients/changes/" + UNKNOWN + "/approve", null, operator),
                new Endpoint("POST", "/api/v1/recipients/changes/" + UNKNOWN + "/reject", null, operator),
                new Endpoint("POST", "/api/v1/appeals/" + UNKNOWN + "/reject", null, operator),
                new Endpoint("GET", "/api/v1/audit", null, operator),
                new Endpoint("GET", "/api/v1/subscriptions", null, advocateOrOperator),
                new Endpoint("DELETE", "/api/v1/subscriptions/" + UNKNOWN, null, advocateOrOperator),
                new Endpoint("POST", "/api/v1/subscriptions", Map.of("channel", "WEBHOOK", "url", "http://127.0.0.1:9/hook",
                        "minLevel", "IMMINENT", "provinces", List.of(AlertEvents.province())), advocateOrOperator));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedEndpoints")
    void needsCredentials(Endpoint endpoint) {
        assertThat(call(given(), endpoint).statusCode()).as("no token").isEqualTo(401);
        assertThat(call(given().auth().oauth2("not.a.token"), endpoint).statusCode()).as("forged token")
                .isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedEndpoints")
    void needsTheRightRole(Endpoint endpoint) {
        Map<String, String> tokens = Map.of("operator", TestTokens.operator(), "advocate", TestTokens.advocate(),
                "hotline", TestTokens.hotline("hotline-roles"));
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            Response answer = call(given().auth().oauth2(token.getValue()), endpoint);
            if (endpoint.roles().contains(token.getKey())) {
                assertThat(answer.statusCode()).as("%s as %s", endpoint, token.getKey()).isNotIn(401, 403)
                        .isLessThan(500);
                endCreated(endpoint, answer);
            } else {
                assertThat(answer.statusCode()).as("%s as %s", endpoint, token.getKey()).isEqualTo(403);
            }
        }
    }

    @Test
    void theSignUpAndItsLinksArePublic() {
        given().contentType(ContentType.JSON).body(Map.of("channel", "EMAIL", "address", Mailbox.newAddress("public"),
                "minLevel", "IMMINENT", "provinces", List.of(AlertEvents.province()))).post("/api/v1/subscriptions")
                .then().statusCode(202);
        given().accept(ContentType.JSON).get("/api/v1/subscriptions/confirm?token=unknown").then().statusCode(404);
        given().accept(ContentType.HTML).get("/api/v1/subscriptions/confirm?token=unknown").then().statusCode(404);
        given().accept(ContentType.HTML).get("/api/v1/subscriptions/unsubscribe?token=unknown").then()
                .statusCode(404);
        given().accept(ContentType.JSON).post("/api/v1/subscriptions/unsubscribe?token=unknown").then()
                .statusCode(404);
    }

    private static Response call(RequestSpecification request, Endpoint endpoint) {
        if (endpoint.body() != null) {
            request = request.contentType(ContentType.JSON).body(endpoint.body());
        }
        return request.request(endpoint.method(), endpoint.path());
    }

    /** What an allowed POST made is ended again, so that no alert of another test reaches it. */
    private static void endCreated(Endpoint endpoint, Response answer) {
        if (endpoint.method().equals("POST") && answer.statusCode() == 201) {
            String id = answer.path("id");
            given().auth().oauth2(TestTokens.operator()).delete(endpoint.path() + "/" + id).then().statusCode(204);
        }
    }
}
