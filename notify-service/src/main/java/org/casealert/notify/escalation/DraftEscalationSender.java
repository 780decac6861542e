package org.casealert.notify.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casealert.notify.config.EscalationPolicy;

import io.quarkus.mailer.Mailer;

/**
 * Sends one step for the drafts due at it, in a transaction of its own: each draft's row is written first (only
 * while the draft still waits), so an instance that gets there second, or this one after a restart, finds the rows
 * and leaves those drafts out; a mail that fails rolls the rows back, and the next run tries again.
 */
@ApplicationScoped
class DraftEscalationSender {

    private final EntityManager entities;
    private final Mailer mailer;
    private final EscalationPolicy policy;

    DraftEscalationSender(EntityManager entities, Mailer mailer, EscalationPolicy policy) {
        this.entities = entities;
        this.mailer = mailer;
        this.policy = policy;
    }

    /** Returns how many of the drafts this mail named (none: no mail). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int send(int step, List<WaitingDraft> due, Instant now) {
        List<WaitingDraft> claimed = new ArrayList<>();
        for (WaitingDraft draft : due) {
            String table = draft.kind() == WaitingDraft.Kind.APPEAL ? "appeal" : "group_letter";
            int rows = entities.createNativeQuery("insert into draft_escalation (draft_kind, draft_id, step, sent_at) "
                    + "select ?1, ?2, ?3, ?4 where exists (select 1 from " + table
                    + " where id = ?2 and status = 'DRAFT') on conflict do nothing").setParameter(1, draft.kind().name())
                    .setParameter(2, draft.id()).setParameter(3, step).setParameter(4, now).executeUpdate();
            if (rows == 1) {
                claimed.add(draft);
            }
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        EscalationPolicy.Step policyStep = policy.steps().get(step);
        Duration after = policyStep.after();
        mailer.send(DraftEscalationMail.of(claimed, step, after, now, policy.boardUrl().orElse(null), policyStep.to()));
        return claimed.size();
    }
}
