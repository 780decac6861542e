package org.casealert.intake.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.Consent;
import org.casealert.events.DetentionReported;
import org.casealert.events.EventCodec;
import org.casealert.events.PersonalDetails;
import org.casealert.events.RiskFactor;
import org.casealert.events.crypto.Crypto;
import org.casealert.events.crypto.KeyedHasher;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.events.names.NameFolding;
import org.casealert.intake.report.ChineseProvinces;
import org.casealert.intake.report.NameReadings;
import org.casealert.intake.report.Report;
import org.casealert.intake.report.ReportRequest;
import org.casealert.intake.report.ReportView;

/**
 * Between the hotline's request, the stored report and the event. Personal fields are sealed on the
 * way in, bound to the report and the detainee's position; the event carries the same sealed values
 * and keyed hashes of the folded names, so the alert service matches people without reading names.
 */
@ApplicationScoped
public class ReportMapper {

    private final PersonalDataCipher cipher;
    private final Crypto crypto;

    ReportMapper(PersonalDataCipher cipher, Crypto crypto) {
        this.cipher = cipher;
        this.crypto = crypto;
    }

    public Report toReport(ReportRequest request, String reportId, String hotlineId, Instant receivedAt) {
        Report report = new Report();
        report.id = reportId;
        report.hotlineId = hotlineId;
        report.externalRef = request.externalRef();
        report.receivedAt = receivedAt;
        report.observedAt = request.observedAt() == null ? receivedAt : request.observedAt();
        report.sourceKind = request.source().kind();
        report.sourceReliability = request.source().reliability();
        ReportRequest.Detention detention = request.detention();
        report.stage = detention.stage();
        report.since = detention.since();
        report.facility = blankToNull(detention.facility());
        report.city = blankToNull(detention.city());
        report.province = ChineseProvinces.canonical(detention.province()).orElse(null);
        report.transferExpectedOn = detention.transferExpectedOn();
        report.riskFactors = new TreeSet<>(request.riskFactorsOrEmpty());
        report.consent = consent(request.consent());
        report.detainees = new ArrayList<>();
        for (int i = 0; i < request.detainees().size(); i++) {
            ReportRequest.Detainee detainee = request.detainees().get(i);
            PersonalDetails personal = new PersonalDetails(detainee.name(), detainee.nameHangul(),
                    detainee.aliasesOrEmpty(), detainee.hometown(), detainee.notes());
            report.detainees.add(new Report.StoredDetainee(detainee.sexOrUnknown(), detainee.birthYear(),
                    detainee.pregnant(), detainee.isUnnamed(),
                    cipher.seal(EventCodec.write(personal), SealContext.detainee(reportId, i))));
        }
        report.narrativeSealed = cipher.seal(request.narrative(), SealContext.narrative(reportId));
        return report;
    }

    public ReportView toView(Report report) {
        List<ReportRequest.Detainee> detainees = new ArrayList<>();
        for (int i = 0; i < report.detainees.size(); i++) {
            Report.StoredDetainee stored = report.detainees.get(i);
            PersonalDetails personal = EventCodec.read(
                    cipher.open(stored.sealedPersonal(), SealContext.detainee(report.id, i)), PersonalDetails.class);
            detainees.add(new ReportRequest.Detainee(personal.name(), personal.nameHangul(), personal.aliases(),
                    stored.unnamed() ? Boolean.TRUE : null, stored.sex(), stored.birthYear(), personal.hometown(),
                    stored.pregnant(), personal.notes()));
        }
        return new ReportView(report.id, "RECEIVED", report.hotlineId, report.receivedAt, report.publishedAt != null,
                report.externalRef, report.observedAt,
                new ReportRequest.Source(report.sourceKind, report.sourceReliability), detainees,
                new ReportRequest.Detention(report.stage, report.since, report.facility, report.city, report.province,
                        report.transferExpectedOn),
                report.riskFactors,
                new ReportRequest.Consent(report.consent.appealsToUn(), report.consent.appealsToUnhcr(),
                        report.consent.appealsToGovernments(), report.consent.publicAdvocacy(), report.consent.givenBy()),
                cipher.open(report.narrativeSealed, SealContext.narrative(report.id)));
    }

    /** The event for a report just stored; {@code request} is still at hand for the name hashes. */
    public DetentionReported toEvent(Report report, ReportRequest request, UUID eventId, Instant now) {
        KeyedHasher hasher = crypto.nameHasher();
        List<DetentionReported.Detainee> detainees = new ArrayList<>();
        for (int i = 0; i < report.detainees.size(); i++) {
            Report.StoredDetainee stored = report.detainees.get(i);
            ReportRequest.Detainee given = request.detainees().get(i);
            String place = NameFolding.foldPlace(given.hometown() == null ? "" : given.hometown());
            detainees.add(new DetentionReported.Detainee(i, stored.sex(), stored.birthYear(), stored.pregnant(),
                    stored.unnamed(), nameHashes(given, hasher),
                    place.isEmpty() ? null : hasher.hash("place:" + place), stored.sealedPersonal()));
        }
        Set<RiskFactor> riskFactors = report.riskFactors;
        return DetentionReported.of(eventId, now, report.id, report.hotlineId, report.externalRef, report.receivedAt,
                report.observedAt, new DetentionReported.Source(report.sourceKind, report.sourceReliability),
                detainees,
                new DetentionReported.Detention(report.stage, report.since, report.facility, report.city,
                        report.province, report.transferExpectedOn),
                riskFactors, report.consent,
                report.narrativeSealed);
    }

    private static List<String> nameHashes(ReportRequest.Detainee detainee, KeyedHasher hasher) {
        // sorted, so the order of the hashes says nothing about the names
        Set<String> hashes = new TreeSet<>();
        NameReadings.of(detainee).forEach(form -> hashes.add(hasher.hash("name:" + form)));
        return List.copyOf(hashes);
    }

    private static Consent consent(ReportRequest.Consent given) {
        return given == null ? Consent.NONE
                : new Consent(given.appealsToUn(), given.appealsToUnhcr(), given.appealsToGovernments(),
                        given.publicAdvocacy(), given.givenBy());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
