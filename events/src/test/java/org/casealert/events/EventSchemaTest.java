package org.casealert.events;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.KeyedHasher;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** The records, as serialised by {@link EventCodec}, against the JSON Schemas of the contract. */
class EventSchemaTest {

    private final PersonalDataCipher cipher = new PersonalDataCipher(Hop.REPORTS, Map.of("k1", key()), "k1");
    private final PersonalDataCipher alertsRing = new PersonalDataCipher(Hop.ALERTS, Map.of("k1", key()), "k1");
    private final KeyedHasher hasher = new KeyedHasher(key());

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void aDetentionReportedEventMatchesItsSchema() throws Exception {
        assertThat(errors("detention-reported.v1.json", tree(detentionReported()))).isEmpty();
    }

    @Test
    void aNameInClearBreaksTheSchema() throws Exception {
        ObjectNode event = (ObjectNode) tree(detentionReported());
        ((ObjectNode) event.path("detainees").get(0)).put("name", "Kim Ok-sun");
        assertThat(errors("detention-reported.v1.json", event)).isNotEmpty();
        ObjectNode unsealed = (ObjectNode) tree(detentionReported());
        unsealed.put("sealedNarrative", "Caught near the river");
        assertThat(errors("detention-reported.v1.json", unsealed)).isNotEmpty();
    }

    @Test
    void aCaseAlertMatchesItsSchemaWithAndWithoutParticulars() throws Exception {
        CaseAlert alert = caseAlert();
        assertThat(errors("case-alert.v1.json", tree(alert))).isEmpty();
        assertThat(errors("case-alert.v1.json", tree(alert.withoutParticulars()))).isEmpty();
        assertThat(EventCodec.write(alert.withoutParticulars())).doesNotContain("sealedParticulars");
    }

    @Test
    void eventsSurviveTheirOwnSerde() {
        DetentionReported event = detentionReported();
        assertThat(EventCodec.readDetentionReported(EventCodec.write(event))).isEqualTo(event);
        CaseAlert alert = caseAlert();
        assertThat(EventCodec.readCaseAlert(EventCodec.write(alert))).isEqualTo(alert);
    }

    private DetentionReported detentionReported() {
        String reportId = UUID.randomUUID().toString();
        DetentionReported.Detainee detainee = new DetentionReported.Detainee(0, Sex.FEMALE, 1994, true, false,
                List.of(hasher.hash("name:kim|oksun"), hasher.hash("name:kimoksun")), hasher.hash("place:hwelyong"),
                cipher.seal(EventCodec.write(new PersonalDetails("Kim Ok-sun", "김옥순", List.of("Ok-sun"), "Hoeryong",
                        null)), SealContext.detainee(reportId, 0)));
        return DetentionReported.of(UUID.randomUUID(), Instant.now(), reportId, "hotline-1", "HL-2026-0042",
                Instant.now(), Instant.parse("2026-11-20T08:30:00Z"),
                new DetentionReported.Source(SourceKind.FAMILY, Reliability.PROBABLE), List.of(detainee),
                new DetentionReported.Detention(DetentionStage.LOCAL_CUSTODY, LocalDate.of(2026, 11, 18),
                        "Yanji PSB detention house", "Yanji", "Jilin", null),
                Set.of(RiskFactor.RELIGIOUS_CONTACT), new Consent(true, null, false, false, ConsentGiver.FAMILY),
                cipher.seal("Caught near the river", SealContext.narrative(reportId)));
    }

    private CaseAlert caseAlert() {
        UUID alertId = UUID.randomUUID();
        CaseSummary summary = new CaseSummary("case-1", "NK-2026-0042", Level.IMMINENT, CaseStatus.OPEN,
                DetentionStage.BORDER_FACILITY, LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 25), 3, 2, 1, "Jilin",
                "Tumen Border Detention Center", "TUMEN-ONSONG", Confidence.CORROBORATED,
                List.of(new CaseSummary.Reason("BORDER_FACILITY", "Held at a border detention facility.")),
                List.of("report-1"), Instant.now(), DeadlineBasis.ESTIMATED, false, 12, false,
                new CorridorBatch("batch-1", "TUMEN-ONSONG", 4, 9, 7, 1, LocalDate.of(2026, 11, 25), Instant.now()),
                null, null);
        return CaseAlert.of(alertId, Instant.now(), AlertKind.ESCALATED, Level.URGENT, summary,
                new Consent(true, false, null, false, null),
                alertsRing.seal("{}", SealContext.caseParticulars(alertId.toString())));
    }

    private static JsonNode tree(Object event) throws Exception {
        return EventCodec.mapper().readTree(EventCodec.write(event));
    }

    private static Set<ValidationMessage> errors(String schemaFile, JsonNode event) throws Exception {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream("/schemas/" + schemaFile)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            return schema.validate(event);
        }
    }
}
