package org.casealert.alert.cases;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        file.confidence = independentSources(reports) > 1 ? Confidence.CORROBORATED : Confidence.SINGLE_SOURCE;
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
     * How many independent sources the reports rest on. Two reports are one source when they come from the same
     * hotline's own first-hand source, when both relay a broker or both the media (hotlines often relay the same
     * one), or when they carry the same external reference (a report passed on from hotline to hotline); and so
     * is a chain of such reports.
     */
    static long independentSources(List<CaseReport> reports) {
        Map<String, String> parent = new HashMap<>();
        for (CaseReport report : reports) {
            String source = find(parent, "source:" + source(report));
            String ref = report.externalRef == null || report.externalRef.isBlank() ? null
                    : find(parent, "ref:" + report.externalRef.strip().toLowerCase(Locale.ROOT));
            if (ref != null && !ref.equals(source)) {
                parent.put(ref, source);
            }
        }
        return reports.stream().map(report -> find(parent, "source:" + source(report))).distinct().count();
    }

    private static String source(CaseReport report) {
        return report.sourceKind == SourceKind.BROKER || report.sourceKind == SourceKind.MEDIA
                ? "relayed:" + report.sourceKind
                : "hotline:" + report.hotlineId;
    }

    private static String find(Map<String, String> parent, String node) {
        String root = node;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
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
