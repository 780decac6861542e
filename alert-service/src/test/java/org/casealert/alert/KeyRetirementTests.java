package org.casealert.alert;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.casealert.devstack.credentials.DevDataKeys;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealedTable;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports ring's old key is retired in alert: after dev-2 became active, the re-seal job moves the particulars,
 * narratives, notes and summaries alert keeps under dev-1 to dev-2, so a ring without dev-1 opens all of them.
 */
@QuarkusTest
@TestProfile(KeyRetirementTests.Rotated.class)
class KeyRetirementTests {

    private static final String NAME = "Retired Key Ri";

    public static class Rotated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casealert.crypto.reports.keys.dev-2", DevDataKeys.forThisJvm().ringKey("reports", "dev-2"),
                    "casealert.crypto.reports.active-key", "dev-2");
        }
    }

    @Inject
    ReportEvents events;
    @Inject
    EntityManager entityManager;
    @Inject
    @Any
    Instance<SealedTable> sealedTables;

    @Test
    void theReSealJobMovesEverythingToTheActiveKeySoTheOldOneCanBeRemoved() {
        String caseId = CaseApi.submit(events.report("hotline-retirement")
                .person(ReportEvents.Person.named(NAME, Sex.FEMALE, 1991))
                .at(DetentionStage.LOCAL_CUSTODY, LocalDate.now(ZoneOffset.UTC), "Yanji PSB", "Yanji", "Jilin")
                .narrative("sealed with the old key").build()).getString("id");
        PersonalDataCipher both = ring(Map.of("dev-1", key("dev-1"), "dev-2", key("dev-2")), "dev-1");
        try {
            // what alert kept before dev-2 existed: everything under dev-1
            reseal(both);
            assertThat(stale("dev-2")).isZero();
            assertThat(stale("dev-1")).isPositive();

            given().auth().oauth2(TestTokens.operator()).post("/api/v1/keys/reseal").then().statusCode(200)
                    .body("resealed", Matchers.greaterThanOrEqualTo(1)).body("failed", Matchers.equalTo(0))
                    .body("remaining", Matchers.equalTo(0));
            assertThat(stale("dev-1")).isZero();
            given().auth().oauth2(TestTokens.operator()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                    .body(Matchers.containsString(NAME)).body(Matchers.containsString("sealed with the old key"));
            assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                    .contains("casealert_reseal_backlog{ring=\"reports\",table=\"person_mention\"} 0.0");
        } finally {
            // the other test classes of this JVM hold dev-1 alone
            reseal(both);
        }
    }

    /** Rows of every sealed table with a value sealed with {@code keyId}. */
    private long stale(String keyId) {
        long rows = 0;
        for (SealedTable table : sealedTables) {
            for (String column : table.sealedColumns()) {
                rows += QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from " + table.table() + " where cast(" + column + " as text) like :key")
                        .setParameter("key", "%enc2:reports:" + keyId + ":%").getSingleResult()).longValue());
            }
        }
        return rows;
    }

    private void reseal(PersonalDataCipher ring) {
        for (SealedTable table : sealedTables) {
            List<String> ids = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "select cast(" + table.idColumn() + " as text) from " + table.table(), String.class).getResultList());
            ids.forEach(id -> QuarkusTransaction.requiringNew().run(() -> table.reseal(id, ring)));
        }
    }

    private static PersonalDataCipher ring(Map<String, byte[]> keys, String active) {
        return new PersonalDataCipher(Hop.REPORTS, keys, active);
    }

    private static byte[] key(String id) {
        return Base64.getDecoder().decode(ConfigProvider.getConfig().getValue("casealert.crypto.reports.keys." + id,
                String.class));
    }
}
