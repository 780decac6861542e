package org.casealert.alert.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casealert.alert.consent.ConsentRegister;
import org.casealert.events.CaseStatus;
import org.casealert.events.CaseSummary.Reason;
import org.casealert.events.DetentionStage;
import org.casealert.events.audit.Actor;
import org.casealert.events.audit.AuditAction;
import org.casealert.events.audit.AuditLog;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.events.http.ProblemException;

/** What operators do to cases by hand: correct stage and status, and merge cases correlation missed. */
@ApplicationScoped
public class OperatorActions {

    private final CaseLocks locks;
    private final ReportedFacts facts;
    private final CaseDecisions decisions;
    private final ConsentRegister consents;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final AuditLog audit;

    OperatorActions(CaseLocks locks, ReportedFacts facts, CaseDecisions decisions, ConsentRegister consents,
            PersonalDataCipher cipher, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.locks = locks;
        this.facts = facts;
        this.decisions = decisions;
        this.consents = consents;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Transactional
    public String changeStatus(String caseId, StatusChange change, Actor operator) {
        if (change.stage() == null && change.status() == null) {
            throw ProblemException.invalid("status", "give a stage, a status or both");
        }
        locks.allCases();
        CaseFile file = existing(caseId, "id");
        if (file.mergedInto != null) {
            throw ProblemException.conflict("this case was merged into another; change that one");
        }
        Instant now = clock.instant();
        CaseSnapshot before = CaseSnapshot.of(file);
        if (change.stage() != null) {
            file.operatorStage = change.stage();
            file.operatorSince = change.since() != null ? change.since() : LocalDate.ofInstant(now, ZoneOffset.UTC);
        } else if (file.operatorStage == null) {
            file.operatorStage = file.stage;
            file.operatorSince = file.since;
        }
        file.operatorChangedAt = now;
        file.status = change.status() != null ? change.status() : statusFor(file.operatorStage, file.status);
        facts.refresh(file);
        TimelineEntry entry = TimelineEntry.of(file.id, now, "OPERATOR", "stage " + file.stage + ", status "
                + file.status, " set by " + operator.name());
        entry.noteSealed = change.note() == null ? null : cipher.seal(change.note(), noteContext(file.id, now));
        entry.persist();
        file.updatedAt = now;
        decisions.finish(List.of(new TouchedCase(file, before)), now);
        audit.record(operator, AuditAction.CASE_STATUS_CHANGED, file.id, "stage " + file.stage + ", status " + file.status);
        return file.id;
    }

    @Transactional
    public String merge(String caseId, String otherCaseId, Actor operator) {
        if (caseId.equals(otherCaseId)) {
            throw ProblemException.invalid("otherCaseId", "a case cannot be merged into itself");
        }
        locks.allCases();
        CaseFile target = existing(caseId, "id");
        CaseFile other = existing(otherCaseId, "otherCaseId");
        if (target.mergedInto != null || other.mergedInto != null) {
            throw ProblemException.conflict("one of the cases was already merged");
        }
        Instant now = clock.instant();
        CaseSnapshot targetBefore = CaseSnapshot.of(target);
        CaseSnapshot otherBefore = CaseSnapshot.of(other);
        CaseReport.update("caseId = ?1 where caseId = ?2", target.id, other.id);
        CasePerson.update("caseId = ?1 where caseId = ?2", target.id, other.id);
        consents.moveCase(other.id, target.id);
        moveTimeline(other.id, target.id);
        if (target.appealSummarySealed == null && other.appealSummarySealed != null) {
            target.appealSummarySealed = cipher.seal(
                    cipher.open(other.appealSummarySealed, SealContext.appealSummary(other.id)),
                    SealContext.appealSummary(target.id));
            target.appealSummaryBy = other.appealSummaryBy;
            target.appealSummaryAt = other.appealSummaryAt;
        }
        movePossibleMatches(other.id, target.id);
        TimelineEntry.of(target.id, now, "MERGE", other.reference + " merged into this case").persist();
        TimelineEntry.of(other.id, now, "MERGE", "merged into " + target.reference).persist();
        target.lastNewsAt = now;
        facts.refresh(target);

        other.mergedInto = target.id;
        other.status = CaseStatus.CLOSED;
        other.reasons = List.of(new Reason("MERGED", "Merged into case " + target.reference + "."));
        target.updatedAt = now;
        decisions.finish(List.of(new TouchedCase(target, targetBefore), new TouchedCase(other, otherBefore)), now);
        audit.record(operator, AuditAction.CASE_MERGED, target.id, "merged in case " + other.id);
        audit.record(operator, AuditAction.CASE_MERGED, other.id, "merged into case " + target.id);
        return target.id;
    }

    /** A note is sealed to its case: moved to another case, it is sealed again to that one. */
    private void moveTimeline(String fromCaseId, String toCaseId) {
        for (TimelineEntry entry : TimelineEntry.<TimelineEntry> list("caseId", fromCaseId)) {
            if (entry.noteSealed != null) {
                String note = cipher.open(entry.noteSealed, noteContext(fromCaseId, entry.at));
                entry.noteSealed = cipher.seal(note, noteContext(toCaseId, entry.at));
            }
            entry.caseId = toCaseId;
        }
    }

    /** Namesakes of the merged case become namesakes of the case it joined; none of a case with itself. */
    private static void movePossibleMatches(String fromCaseId, String toCaseId) {
        for (PossibleMatch match : PossibleMatch.<PossibleMatch> list("caseId = ?1 or otherCaseId = ?1", fromCaseId)) {
            String caseId = match.caseId.equals(fromCaseId) ? toCaseId : match.caseId;
            String otherCaseId = match.otherCaseId.equals(fromCaseId) ? toCaseId : match.otherCaseId;
            match.delete();
            if (!caseId.equals(otherCaseId)
                    && PossibleMatch.findById(new PossibleMatch.Key(caseId, otherCaseId)) == null) {
                PossibleMatch moved = new PossibleMatch();
                moved.caseId = caseId;
                moved.otherCaseId = otherCaseId;
                moved.detail = match.detail;
                moved.createdAt = match.createdAt;
                moved.persist();
            }
        }
    }

    static String noteContext(String caseId, Instant at) {
        return "case:" + caseId + ":note:" + at.toEpochMilli();
    }

    private static CaseStatus statusFor(DetentionStage stage, CaseStatus current) {
        return switch (stage) {
            case REPATRIATED -> CaseStatus.REPATRIATED;
            case RELEASED -> CaseStatus.RELEASED;
            default -> current;
        };
    }

    private static CaseFile existing(String id, String field) {
        CaseFile file = CaseFile.findById(id);
        if (file == null) {
            throw field.equals("id") ? ProblemException.notFound("case " + id)
                    : ProblemException.invalid(field, "no such case");
        }
        return file;
    }
}
