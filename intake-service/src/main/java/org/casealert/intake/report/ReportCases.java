package org.casealert.intake.report;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casealert.events.CaseSummary;

/** Which case each report is part of, as announced on case-alerts; an older announcement never replaces a newer. */
@ApplicationScoped
public class ReportCases {

    private final EntityManager entities;

    ReportCases(EntityManager entities) {
        this.entities = entities;
    }

    @Transactional
    public void announced(CaseSummary summary, Instant at) {
        List<String> reportIds = summary.reportIds() == null ? List.of() : summary.reportIds();
        for (String reportId : reportIds) {
            entities.createNativeQuery("""
                    insert into report_case (report_id, case_id, case_reference, level, status, announced_at)
                    values (:report, :case, :reference, :level, :status, :at)
                    on conflict (report_id) do update set case_id = excluded.case_id,
                        case_reference = excluded.case_reference, level = excluded.level, status = excluded.status,
                        announced_at = excluded.announced_at
                    where report_case.announced_at <= excluded.announced_at""").setParameter("report", reportId)
                    .setParameter("case", summary.id()).setParameter("reference", summary.reference())
                    .setParameter("level", summary.level().name()).setParameter("status", summary.status().name())
                    .setParameter("at", at).executeUpdate();
        }
    }
}
