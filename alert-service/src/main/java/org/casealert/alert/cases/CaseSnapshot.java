package org.casealert.alert.cases;

import org.casealert.events.CaseStatus;
import org.casealert.events.DetentionStage;
import org.casealert.events.Level;

/** A case's state before a change, to tell what changed and whether recipients must hear of it. */
public record CaseSnapshot(Level level, CaseStatus status, DetentionStage stage, int people, String batchId) {

    public static CaseSnapshot of(CaseFile file) {
        return new CaseSnapshot(file.level, file.status, file.stage, (int) CasePerson.count("caseId", file.id),
                file.batchId);
    }
}
