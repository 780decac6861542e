package org.casealert.intake;

import java.util.Map;

import jakarta.inject.Inject;

import org.casealert.devstack.credentials.DevDataKeys;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A new key is added and made active: new data takes it, data sealed with the old key still opens. */
@QuarkusTest
@TestProfile(KeyRotationTests.Rotated.class)
class KeyRotationTests {

    static final String NEW_KEY = DevDataKeys.forThisJvm().ringKey("reports", "dev-2");

    public static class Rotated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casealert.crypto.reports.keys.dev-2", NEW_KEY, "casealert.crypto.reports.active-key", "dev-2");
        }
    }

    @Inject
    OldKeyReports oldKeyReports;

    @Test
    void dataSealedBeforeTheRotationStillOpensAndNewDataTakesTheNewKey() {
        Hotlines.Hotline hotline = Hotlines.create("Rotation hotline");
        String oldId = oldKeyReports.store(hotline.id());

        given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + oldId).then().statusCode(200)
                .body("detainees[0].name", Matchers.equalTo("Before Rotation Ri"))
                .body("narrative", Matchers.equalTo("sealed with the old key"));

        String newId = given().header("X-Api-Key", hotline.key()).contentType(ContentType.JSON)
                .body(SampleReports.full()).post("/api/v1/reports").then().statusCode(202).extract().path("id");
        assertThat(oldKeyReports.sealedColumns(newId)).allMatch(value -> value.contains("enc2:reports:dev-2:"));
        assertThat(oldKeyReports.sealedColumns(oldId)).allMatch(value -> value.contains("enc2:reports:dev-1:"));
    }
}
