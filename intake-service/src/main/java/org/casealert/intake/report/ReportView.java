package org.casealert.intake.report;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.casealert.events.RiskFactor;

/** A stored report as its hotline and operators read it back, with whether it reached the event stream. */
public record ReportView(
        String id,
        String status,
        String hotlineId,
        Instant receivedAt,
        boolean published,
        String externalRef,
        Instant observedAt,
        ReportRequest.Source source,
        List<ReportRequest.Detainee> detainees,
        ReportRequest.Detention detention,
        Set<RiskFactor> riskFactors,
        ReportRequest.Consent consent,
        String narrative) {
}
