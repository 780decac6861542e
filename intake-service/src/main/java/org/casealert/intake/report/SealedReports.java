package org.casealert.intake.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.events.crypto.SealedColumns;

/** The reports' sealed detainees and narratives, for the re-seal job. */
@ApplicationScoped
class SealedReports extends SealedColumns {

    SealedReports() {
        super(Hop.REPORTS, "report", "id", "detainees", "narrative_sealed");
    }

    @Override
    public void reseal(String id, PersonalDataCipher ring) {
        Report report = Report.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            return;
        }
        List<Report.StoredDetainee> detainees = new ArrayList<>();
        for (int i = 0; i < report.detainees.size(); i++) {
            Report.StoredDetainee stored = report.detainees.get(i);
            detainees.add(new Report.StoredDetainee(stored.sex(), stored.birthYear(), stored.pregnant(), stored.unnamed(),
                    ring.reseal(stored.sealedPersonal(), SealContext.detainee(report.id, i))));
        }
        report.detainees = detainees;
        report.narrativeSealed = ring.reseal(report.narrativeSealed, SealContext.narrative(report.id));
    }
}
