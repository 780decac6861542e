package org.casealert.notify.batch;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.CaseParticulars;
import org.casealert.events.CaseStatus;
import org.casealert.events.CaseSummary;
import org.casealert.events.CorridorBatch;
import org.casealert.events.EventCodec;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.notify.appeal.ConsentedPeople;
import org.casealert.notify.appeal.Recipient;
import org.casealert.notify.delivery.ReceivedAlert;

/**
 * Gathers the alerts of a corridor batch's cases into the batch's group, in the transaction that records the
 * alert: institutions then get one letter for the group and advocates one digest, from {@link GroupFlusher}.
 * A case that leaves the border, is resolved or returned is written about on its own, as before.
 */
@ApplicationScoped
public class AppealGroups {

    private final PersonalDataCipher cipher;

    AppealGroups(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    private static final Set<AlertKind> GROUPED = EnumSet.of(AlertKind.RAISED, AlertKind.ESCALATED, AlertKind.UPDATED,
            AlertKind.REMINDER);

    /** Whether the alert's appeals and advocates' e-mail go through its batch's group instead of one per case. */
    public static boolean grouped(CaseAlert alert) {
        CaseSummary summary = alert.caseSummary();
        return summary.batch() != null && summary.status() == CaseStatus.OPEN && GROUPED.contains(alert.kind());
    }

    /**
     * Adds the alert's case to its group, or updates it. Two instances may create one group at once: one of them
     * fails on the primary key, and its alert is consumed again.
     */
    public void record(CaseAlert alert, Instant now) {
        CaseSummary summary = alert.caseSummary();
        CorridorBatch batch = summary.batch();
        AppealGroup group = AppealGroup.findById(batch.id(), LockModeType.PESSIMISTIC_WRITE);
        if (group == null) {
            group = new AppealGroup();
            group.batchId = batch.id();
            group.firstSeenAt = now;
            take(group, batch, alert.occurredAt());
            group.persist();
        } else if (!alert.occurredAt().isBefore(group.stateAt)) {
            take(group, batch, alert.occurredAt());
        }
        GroupCase.Key key = new GroupCase.Key();
        key.batchId = batch.id();
        key.caseId = summary.id();
        GroupCase member = GroupCase.findById(key);
        if (member == null) {
            member = new GroupCase();
            member.batchId = batch.id();
            member.caseId = summary.id();
        } else if (alert.occurredAt().isBefore(member.occurredAt)) {
            return;
        }
        member.caseReference = summary.reference();
        member.alertId = alert.eventId();
        member.level = summary.level();
        member.province = summary.province();
        member.occurredAt = alert.occurredAt();
        member.persist();
    }

    /**
     * Consent changed for a case of a group: the group's later letters read it as it now stands, and a letter not
     * yet sent that may name one of the case's people who no longer consents is blocked.
     */
    public void amended(CaseAlert alert) {
        CaseParticulars now = particulars(alert);
        for (GroupCase member : GroupCase.<GroupCase> list("caseId", alert.caseSummary().id())) {
            if (alert.occurredAt().isBefore(member.occurredAt)) {
                continue;
            }
            CaseParticulars before = particulars(((ReceivedAlert) ReceivedAlert.findById(member.alertId)).alert());
            for (GroupLetter letter : GroupLetter.<GroupLetter> list("batchId = ?1 and status in ?2 and namedPeople > 0",
                    member.batchId, List.of(GroupLetter.Status.DRAFT, GroupLetter.Status.APPROVED))) {
                Recipient recipient = Recipient.findById(letter.recipientId);
                if (ConsentedPeople.withdrawn(before, now, recipient.consentPurpose())) {
                    letter.status = GroupLetter.Status.BLOCKED;
                    letter.blockedReason = GroupLetters.CONSENT_WITHDRAWN;
                }
            }
            member.alertId = alert.eventId();
            member.occurredAt = alert.occurredAt();
        }
    }

    private CaseParticulars particulars(CaseAlert alert) {
        return alert.sealedParticulars() == null ? null
                : EventCodec.read(cipher.open(alert.sealedParticulars(),
                        SealContext.caseParticulars(alert.eventId().toString())), CaseParticulars.class);
    }

    private static void take(AppealGroup group, CorridorBatch batch, Instant occurredAt) {
        group.corridor = batch.corridor();
        group.cases = batch.cases();
        group.people = batch.people();
        group.women = batch.women();
        group.minors = batch.minors();
        group.earliestDeadline = batch.earliestDeadline();
        group.formedAt = batch.formedAt() == null ? occurredAt : batch.formedAt();
        group.stateAt = occurredAt;
    }
}
