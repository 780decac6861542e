package org.casealert.intake;

import java.util.List;
import java.util.Map;

import org.casealert.devstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class HotlineKeyTests {

    @Test
    void anOperatorIssuesListsAndRevokesKeysWhichAreShownOnce() {
        Hotlines.Hotline hotline = Hotlines.create("Keyed hotline");
        JsonPath second = given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("label", "backup integration")).post("/api/v1/hotlines/" + hotline.id() + "/keys").then()
                .statusCode(201).header("Cache-Control", "no-store").extract().jsonPath();
        String secondKey = second.getString("key");
        assertThat(secondKey).startsWith("hk_").hasSizeGreaterThan(40);
        assertThat(secondKey).startsWith(second.getString("prefix"));

        String listing = given().auth().oauth2(TestTokens.operator()).get("/api/v1/hotlines/" + hotline.id() + "/keys")
                .then().statusCode(200).extract().asString();
        assertThat(listing).contains("backup integration").doesNotContain(secondKey, hotline.key());
        List<Map<String, Object>> keys = JsonPath.from(listing).getList("$");
        assertThat(keys).hasSize(2).allMatch(key -> key.get("key") == null);

        post(secondKey, 202);
        given().auth().oauth2(TestTokens.operator())
                .delete("/api/v1/hotlines/" + hotline.id() + "/keys/" + second.getString("id")).then().statusCode(204);
        post(secondKey, 401);
        post(hotline.key(), 202);
    }

    @Test
    void hotlineNamesAreUniqueAndUnknownHotlinesAre404() {
        String name = "Unique hotline " + System.nanoTime();
        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/v1/hotlines").then().statusCode(201);
        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/v1/hotlines").then().statusCode(409);
        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(Map.of("name", " "))
                .post("/api/v1/hotlines").then().statusCode(422);
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/hotlines/no-such/keys").then().statusCode(404);
        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/hotlines/no-such/keys").then().statusCode(404);
    }

    private static void post(String key, int status) {
        given().header("X-Api-Key", key).contentType(ContentType.JSON).body(SampleReports.minimal("Key Kim"))
                .post("/api/v1/reports").then().statusCode(status);
    }
}
