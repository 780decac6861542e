package org.casealert.alert.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.events.crypto.SealedColumns;

/** What alert keeps sealed with the reports ring, table by table, for the re-seal job. */
final class SealedCaseData {

    private SealedCaseData() {
    }

    /** Detainees' particulars, as intake sealed them for their report. */
    @ApplicationScoped
    static class Mentions extends SealedColumns {

        Mentions() {
            super(Hop.REPORTS, "person_mention", "id", "sealed_personal");
        }

        @Override
        public void reseal(String id, PersonalDataCipher ring) {
            PersonMention mention = PersonMention.findById(Long.valueOf(id), LockModeType.PESSIMISTIC_WRITE);
            if (mention != null) {
                mention.sealedPersonal = ring.reseal(mention.sealedPersonal,
                        SealContext.detainee(mention.reportId, mention.detaineeIndex));
            }
        }
    }

    /** Reports' narratives. */
    @ApplicationScoped
    static class Narratives extends SealedColumns {

        Narratives() {
            super(Hop.REPORTS, "case_report", "report_id", "narrative_sealed");
        }

        @Override
        public void reseal(String id, PersonalDataCipher ring) {
            CaseReport report = CaseReport.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (report != null) {
                report.narrativeSealed = ring.reseal(report.narrativeSealed, SealContext.narrative(report.reportId));
            }
        }
    }

    /** Operators' appeal summaries. */
    @ApplicationScoped
    static class AppealSummaries extends SealedColumns {

        AppealSummaries() {
            super(Hop.REPORTS, "detention_case", "id", "appeal_summary_sealed");
        }

        @Override
        public void reseal(String id, PersonalDataCipher ring) {
            CaseFile file = CaseFile.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (file != null) {
                file.appealSummarySealed = ring.reseal(file.appealSummarySealed, SealContext.appealSummary(file.id));
            }
        }
    }

    /** Operators' notes on the timeline. */
    @ApplicationScoped
    static class Notes extends SealedColumns {

        Notes() {
            super(Hop.REPORTS, "case_timeline", "id", "note_sealed");
        }

        @Override
        public void reseal(String id, PersonalDataCipher ring) {
            TimelineEntry entry = TimelineEntry.findById(Long.valueOf(id), LockModeType.PESSIMISTIC_WRITE);
            if (entry != null) {
                entry.noteSealed = ring.reseal(entry.noteSealed, OperatorActions.noteContext(entry.caseId, entry.at));
            }
        }
    }
}
