package org.casealert.intake;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casealert.events.DetentionStage;
import org.casealert.events.EventCodec;
import org.casealert.events.PersonalDetails;
import org.casealert.events.Reliability;
import org.casealert.events.Sex;
import org.casealert.events.SourceKind;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.intake.report.Report;
import org.eclipse.microprofile.config.ConfigProvider;
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

    static final String NEW_KEY = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 32)
            .getBytes());

    public static class Rotated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casealert.crypto.keys.dev-2", NEW_KEY, "casealert.crypto.active-key", "dev-2");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void dataSealedBeforeTheRotationStillOpensAndNewDataTakesTheNewKey() {
        Hotlines.Hotline hotline = Hotlines.create("Rotation hotline");
        String oldId = storeReportSealedWithTheOldKey(hotline.id());

        given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + oldId).then().statusCode(200)
                .body("detainees[0].name", Matchers.equalTo("Before Rotation Ri"))
                .body("narrative", Matchers.equalTo("sealed with the old key"));

        String newId = given().header("X-Api-Key", hotline.key()).contentType(ContentType.JSON)
                .body(SampleReports.full()).post("/api/v1/reports").then().statusCode(202).extract().path("id");
        assertThat(sealedColumns(newId)).allMatch(value -> value.contains("enc1:dev-2:"));
        assertThat(sealedColumns(oldId)).allMatch(value -> value.contains("enc1:dev-1:"));
    }

    /** A report as the service stored it before dev-2 existed: sealed with dev-1 alone. */
    @Transactional
    String storeReportSealedWithTheOldKey(String hotlineId) {
        PersonalDataCipher before = new PersonalDataCipher(Map.of("dev-1", Base64.getDecoder()
                .decode(ConfigProvider.getConfig().getValue("casealert.crypto.keys.dev-1", String.class))), "dev-1");
        Report report = new Report();
        report.id = UUID.randomUUID().toString();
        report.hotlineId = hotlineId;
        report.receivedAt = Instant.now();
        report.observedAt = report.receivedAt;
        report.sourceKind = SourceKind.FAMILY;
        report.sourceReliability = Reliability.PROBABLE;
        report.stage = DetentionStage.ARRESTED;
        report.riskFactors = Set.of();
        report.detainees = List.of(new Report.StoredDetainee(Sex.MALE, 1970, null, false, before.seal(
                EventCodec.write(new PersonalDetails("Before Rotation Ri", null, List.of(), null, null)),
                SealContext.detainee(report.id, 0))));
        report.narrativeSealed = before.seal("sealed with the old key", SealContext.narrative(report.id));
        report.persist();
        return report.id;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<String> sealedColumns(String id) {
        return entityManager.createNativeQuery("select detainees::text from report where id = :id union all "
                + "select narrative_sealed from report where id = :id").setParameter("id", id).getResultList();
    }
}
