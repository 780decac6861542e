package org.casealert.intake;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealedDataException;
import org.casealert.events.crypto.SealedTable;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The old key is retired: after dev-2 became active, the re-seal job moves every report sealed with dev-1 to dev-2,
 * so a ring without dev-1 (the configuration once dev-1 is removed) opens everything intake keeps.
 */
@QuarkusTest
@TestProfile(KeyRotationTests.Rotated.class)
class KeyRetirementTests {

    @Inject
    OldKeyReports oldKeyReports;
    @Inject
    EntityManager entityManager;
    @Inject
    @Any
    Instance<SealedTable> sealedTables;

    @Test
    void theReSealJobMovesEverythingToTheActiveKeySoTheOldOneCanBeRemoved() {
        Hotlines.Hotline hotline = Hotlines.create("Retirement hotline");
        String oldId = oldKeyReports.store(hotline.id());
        assertThat(oldKeyReports.sealedColumns(oldId)).allMatch(value -> value.contains("enc2:reports:dev-1:"));
        given().auth().oauth2(TestTokens.advocate()).post("/api/v1/keys/reseal").then().statusCode(403);

        try {
            given().auth().oauth2(TestTokens.operator()).post("/api/v1/keys/reseal").then().statusCode(200)
                    .body("resealed", Matchers.greaterThanOrEqualTo(1)).body("failed", Matchers.equalTo(0))
                    .body("remaining", Matchers.equalTo(0));
            assertThat(oldKeyReports.sealedColumns(oldId)).allMatch(value -> value.contains("enc2:reports:dev-2:"))
                    .noneMatch(value -> value.contains("enc2:reports:dev-1:"));
            assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                    .contains("casealert_reseal_rows_total{ring=\"reports\",table=\"report\"}")
                    .contains("casealert_reseal_backlog{ring=\"reports\",table=\"report\"} 0.0");

            // dev-1 retired: the ring as configured without it opens every sealed value intake keeps
            PersonalDataCipher withoutOldKey = new PersonalDataCipher(Hop.REPORTS, Map.of("dev-2", key("dev-2")), "dev-2");
            List<Object[]> rows = allSealedValues();
            assertThat(rows).extracting(row -> row[0]).contains(oldId);
            for (Object[] row : rows) {
                String id = (String) row[0];
                assertThat(withoutOldKey.open((String) row[1], "report:" + id + ":narrative")).isNotNull();
                assertThat(withoutOldKey.open((String) row[2], "report:" + id + ":detainee:0")).isNotNull();
            }
            PersonalDataCipher oldKeyOnly = new PersonalDataCipher(Hop.REPORTS, Map.of("dev-1", key("dev-1")), "dev-1");
            assertThatThrownBy(() -> oldKeyOnly.open((String) rows.get(0)[1], "report:" + rows.get(0)[0] + ":narrative"))
                    .isInstanceOf(SealedDataException.class);
            given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + oldId).then().statusCode(200)
                    .body("detainees[0].name", Matchers.equalTo("Before Rotation Ri"));
        } finally {
            putEverythingBackUnderTheJvmsKey();
        }
    }

    /** Id, narrative and first detainee of every report with both sealed. */
    @SuppressWarnings("unchecked")
    private List<Object[]> allSealedValues() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select id, narrative_sealed, detainees -> 0 ->> 'sealedPersonal' from report "
                        + "where narrative_sealed is not null and detainees -> 0 ->> 'sealedPersonal' is not null")
                .getResultList());
    }

    /** The other test classes of this JVM hold dev-1 alone: their reports go back under it. */
    private void putEverythingBackUnderTheJvmsKey() {
        PersonalDataCipher back = new PersonalDataCipher(Hop.REPORTS, Map.of("dev-1", key("dev-1"), "dev-2",
                key("dev-2")), "dev-1");
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select id from report", String.class).getResultList());
        for (SealedTable table : sealedTables) {
            ids.forEach(id -> QuarkusTransaction.requiringNew().run(() -> table.reseal(id, back)));
        }
    }

    private static byte[] key(String id) {
        return Base64.getDecoder().decode(ConfigProvider.getConfig().getValue("casealert.crypto.reports.keys." + id,
                String.class));
    }
}
