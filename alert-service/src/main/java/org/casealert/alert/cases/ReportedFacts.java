package org.casealert.alert.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.alert.rules.CorridorMap;
import org.casealert.events.CaseStatus;
import org.casealert.events.Confidence;
import org.casealert.events.DetentionStage;
import org.casealert.events.SourceKind;

/**
 * A case's facts from its reports: the latest known stage (by when it was observed) and the earliest
 * {@code since} reported for it, the latest place and its corridor, every risk factor, corroboration by
 * independent sources. An
 * operator's word on the stage holds until a report observed later says otherwise.
 */
@ApplicationScoped
public class ReportedFacts {

    private final CorridorMap corridors;

    ReportedFacts(CorridorMap corridors) {
        this.corridors = corridors;
    }

    public void refresh(CaseFile file) {
        List<CaseReport> reports = CaseReport.list("caseId = ?1 order by observedAt, receivedAt", file.id);
        Optional<CaseReport> latestKnown = reports.stream().filter(report -> report.stage != DetentionStage.UNKNOWN)
                .reduce((first, second) -> second);
        boolean operatorHasLastWord = file.operatorChangedAt != null && latestKnown
                .map(report -> !report.observedAt.isAfter(file.operatorChangedAt)).orElse(true);
        if (operatorHasLastWord && file.operatorStage != null) {
            file.stage = file.operatorStage;
            file.since = file.operatorSince;
        } else {
            file.stage = latestKnown.map(report -> report.stage).orElse(DetentionStage.UNKNOWN);
            file.since = reports.stream().filter(report -> report.stage == file.stage && report.since != null)
                    .map(report -> report.since).min(Comparator.naturalOrder()).orElse(null);
        }
        file.facility = latest(reports, report -> report.facility);
        file.city = latest(reports, report -> report.city);
        file.province = latest(reports, report -> report.province);
        file.transferExpectedOn = file.stage.inCustody() ? latest(reports, report -> report.transferExpectedOn) : null;
        file.corridor = corridors.corridorOf(file.facility, file.city, file.province).orElse(null);
        file.riskFactors = new TreeSet<>();
        reports.forEach(report -> file.riskFactors.addAll(report.riskFactors));
        file.confidence = reports.stream().map(ReportedFacts::independentSource).distinct().count() > 1
                ? Confidence.CORROBORATED
                : Confidence.SINGLE_SOURCE;
        file.firstReceivedAt = reports.stream().map(report -> report.receivedAt).min(Comparator.naturalOrder())
                .orElse(file.firstReceivedAt);
        if (file.status == CaseStatus.OPEN && !operatorHasLastWord) {
            if (file.stage == DetentionStage.REPATRIATED) {
                file.status = CaseStatus.REPATRIATED;
            } else if (file.stage == DetentionStage.RELEASED) {
                file.status = CaseStatus.RELEASED;
            }
        }
    }

    /**
     * Whom a report's knowledge comes from, as far as corroboration goes: a hotline's own first-hand source, or,
     * for brokers and the media, one source however many hotlines relay it (they often relay the same one).
     */
    static String independentSource(CaseReport report) {
        return report.sourceKind == SourceKind.BROKER || report.sourceKind == SourceKind.MEDIA
                ? "relayed:" + report.sourceKind
                : "hotline:" + report.hotlineId;
    }

    private static <T> T latest(List<CaseReport> reports, Function<CaseReport, T> field) {
        T value = null;
        for (CaseReport report : reports) {
            T candidate = field.apply(report);
            value = candidate != null ? candidate : value;
        }
        return value;
    }
}
