package org.casealert.intake;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casealert.events.DetentionStage;
import org.casealert.events.EventCodec;
import org.casealert.events.PersonalDetails;
import org.casealert.events.Reliability;
import org.casealert.events.Sex;
import org.casealert.events.SourceKind;
import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.intake.report.Report;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reports as the service stored them before a rotation, sealed with dev-1 alone, and their sealed columns. */
@Singleton
public class OldKeyReports {

    private final EntityManager entityManager;

    OldKeyReports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A report as the service stored it before dev-2 existed: sealed with dev-1 alone. */
    @Transactional
    public String store(String hotlineId) {
        PersonalDataCipher before = new PersonalDataCipher(Hop.REPORTS, Map.of("dev-1", Base64.getDecoder().decode(
                ConfigProvider.getConfig().getValue("casealert.crypto.reports.keys.dev-1", String.class))), "dev-1");
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
    public List<String> sealedColumns(String id) {
        return entityManager.createNativeQuery("select detainees::text from report where id = :id union all "
                + "select narrative_sealed from report where id = :id").setParameter("id", id).getResultList();
    }
}
