package org.casealert.notify.appeal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.casealert.events.EventCodec;
import org.casealert.events.audit.Actor;
import org.casealert.events.audit.AuditAction;
import org.casealert.events.audit.AuditLog;
import org.casealert.events.http.ProblemException;

/**
 * The second pair of eyes on recipient changes that wait ({@link RecipientService}): another operator than the
 * one who asked (a different token subject) approves, and only then is the change applied; either may reject it.
 */
@ApplicationScoped
public class RecipientChanges {

    /** Decided changes listed besides the pending ones: enough to see what happened lately. */
    static final int LISTED = 500;

    private final RecipientService recipients;
    private final AuditLog audit;
    private final Clock clock;

    RecipientChanges(RecipientService recipients, AuditLog audit, Clock clock) {
        this.recipients = recipients;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changes in {@code status} (all when null), newest first. */
    @Transactional
    public List<RecipientChange> list(RecipientChange.Status status) {
        if (status == null) {
            return RecipientChange.<RecipientChange> find("order by requestedAt desc, id").page(0, LISTED).list();
        }
        return RecipientChange.<RecipientChange> find("status = ?1 order by requestedAt desc, id", status)
                .page(0, LISTED).list();
    }

    @Transactional
    public RecipientChange get(String id) {
        RecipientChange change = RecipientChange.findById(id);
        if (change == null) {
            throw ProblemException.notFound("recipient change " + id);
        }
        return change;
    }

    /** Applies a pending change; 403 for the operator who asked for it, 409 once decided. */
    @Transactional
    public RecipientService.Saved approve(String id, Actor operator) {
        RecipientChange change = pending(id);
        if (operator.sameAs(change.requestedBySub)) {
            throw new ProblemException(403, "Forbidden",
                    "a second operator must approve this change: it " + change.reason);
        }
        RecipientService.Changes changes = EventCodec.read(change.settings, RecipientService.Changes.class);
        RecipientService.Saved saved;
        if (change.recipientId == null) {
            saved = recipients.created(changes);
            audit.record(operator, AuditAction.RECIPIENT_CREATED, saved.recipient().id, "change " + change.id);
        } else {
            Recipient recipient = recipients.get(change.recipientId);
            saved = new RecipientService.Saved(recipient, recipients.apply(recipient, changes, clock.instant()));
            audit.record(operator, AuditAction.RECIPIENT_CHANGED, recipient.id, "change " + change.id);
        }
        decide(change, RecipientChange.Status.APPROVED, operator);
        change.resultRecipientId = saved.recipient().id;
        audit.record(operator, AuditAction.RECIPIENT_CHANGE_APPROVED, saved.recipient().id, "change " + change.id);
        return saved;
    }

    /** Drops a pending change; the operator who asked may withdraw it too. */
    @Transactional
    public RecipientChange reject(String id, Actor operator) {
        RecipientChange change = pending(id);
        decide(change, RecipientChange.Status.REJECTED, operator);
        audit.record(operator, AuditAction.RECIPIENT_CHANGE_REJECTED,
                change.recipientId == null ? change.id : change.recipientId, "change " + change.id);
        return change;
    }

    private RecipientChange pending(String id) {
        RecipientChange change = RecipientChange.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw ProblemException.notFound("recipient change " + id);
        }
        if (change.status != RecipientChange.Status.PENDING) {
            throw ProblemException.conflict("the change was already " + change.status.name().toLowerCase(Locale.ROOT));
        }
        return change;
    }

    private void decide(RecipientChange change, RecipientChange.Status status, Actor operator) {
        change.status = status;
        change.decidedBySub = operator.sub();
        change.decidedByName = operator.name();
        change.decidedAt = clock.instant();
    }
}
