package org.casealert.intake;

import java.util.Map;
import java.util.UUID;

import org.casealert.devstack.testing.TestTokens;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** Hotlines and keys made through the operator API, as an operator would. */
final class Hotlines {

    record Hotline(String id, String key) {
    }

    private Hotlines() {
    }

    static Hotline create(String name) {
        String id = given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("name", name + " " + UUID.randomUUID())).post("/api/v1/hotlines").then().statusCode(201)
                .extract().path("id");
        String key = given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("label", "tests")).post("/api/v1/hotlines/" + id + "/keys").then().statusCode(201)
                .extract().path("key");
        return new Hotline(id, key);
    }
}
