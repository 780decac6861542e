package org.casealert.notify;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.casealert.devstack.credentials.DevDataKeys;
import org.casealert.devstack.testing.TestTokens;
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
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts ring's old key is retired: after dev-2 became active, the re-seal job moves what notify keeps sealed with
 * dev-1 (here a subscriber's address) to dev-2, so a ring without dev-1 opens all of it.
 */
@QuarkusTest
@TestProfile(KeyRetirementTests.Rotated.class)
class KeyRetirementTests {

    public static class Rotated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casealert.crypto.alerts.keys.dev-2", DevDataKeys.forThisJvm().ringKey("alerts", "dev-2"),
                    "casealert.crypto.alerts.active-key", "dev-2");
        }
    }

    @Inject
    EntityManager entityManager;
    @Inject
    @Any
    Instance<SealedTable> sealedTables;

    @Test
    void theReSealJobMovesEverythingToTheActiveKeySoTheOldOneCanBeRemoved() {
        String address = Mailbox.newAddress("resealed");
        String id = given().contentType(ContentType.JSON).body(Map.of("channel", "EMAIL", "address", address))
                .post("/api/v1/subscriptions").then().statusCode(202).extract().path("id");
        PersonalDataCipher oldKey = ring(Map.of("dev-1", key("dev-1")), "dev-1");
        // the address as the service sealed it before dev-2 existed
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update subscription set address_sealed = :sealed where id = :id")
                .setParameter("sealed", oldKey.seal(address, "subscription:" + id + ":address")).setParameter("id", id)
                .executeUpdate());
        try {
            given().auth().oauth2(TestTokens.operator()).post("/api/v1/keys/reseal").then().statusCode(200)
                    .body("resealed", Matchers.greaterThanOrEqualTo(1)).body("failed", Matchers.equalTo(0))
                    .body("remaining", Matchers.equalTo(0));

            String sealed = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                    .createNativeQuery("select address_sealed from subscription where id = :id").setParameter("id", id)
                    .getSingleResult());
            assertThat(sealed).startsWith("enc2:alerts:dev-2:");
            assertThat(ring(Map.of("dev-2", key("dev-2")), "dev-2").open(sealed, "subscription:" + id + ":address"))
                    .isEqualTo(address);
            for (SealedTable table : sealedTables) {
                for (String column : table.sealedColumns()) {
                    assertThat(count(table.table(), column, "enc2:alerts:dev-1:")).as(table.table() + "." + column)
                            .isZero();
                }
            }
            assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                    .contains("casealert_reseal_backlog{ring=\"alerts\",table=\"subscription\"} 0.0");
        } finally {
            putEverythingBackUnderTheJvmsKey();
        }
    }

    private long count(String table, String column, String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from " + table + " where cast(" + column + " as text) like :prefix")
                .setParameter("prefix", "%" + prefix + "%").getSingleResult()).longValue());
    }

    /** The other test classes of this JVM hold dev-1 alone: what notify keeps goes back under it. */
    private void putEverythingBackUnderTheJvmsKey() {
        PersonalDataCipher back = ring(Map.of("dev-1", key("dev-1"), "dev-2", key("dev-2")), "dev-1");
        for (SealedTable table : sealedTables) {
            List<String> ids = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "select cast(" + table.idColumn() + " as text) from " + table.table(), String.class).getResultList());
            ids.forEach(id -> QuarkusTransaction.requiringNew().run(() -> table.reseal(id, back)));
        }
    }

    private static PersonalDataCipher ring(Map<String, byte[]> keys, String active) {
        return new PersonalDataCipher(Hop.ALERTS, keys, active);
    }

    private static byte[] key(String id) {
        return Base64.getDecoder().decode(ConfigProvider.getConfig().getValue("casealert.crypto.alerts.keys." + id,
                String.class));
    }
}
