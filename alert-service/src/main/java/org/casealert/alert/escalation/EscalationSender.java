package org.casealert.alert.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casealert.alert.cases.CaseAcknowledgement;
import org.casealert.alert.cases.CaseFile;
import org.casealert.alert.cases.CaseMapper;
import org.casealert.alert.cases.TimelineEntry;
import org.casealert.alert.config.EscalationPolicy;
import org.casealert.events.Level;

import io.quarkus.mailer.Mailer;

/**
 * Sends one step for one case, in a transaction of its own: the step's row is written first, so an instance that
 * gets there second (or this one after a restart) finds it and sends nothing; a mail that fails rolls the row
 * back, and the next run tries again.
 */
@ApplicationScoped
class EscalationSender {

    private final EntityManager entities;
    private final CaseMapper mapper;
    private final Mailer mailer;
    private final EscalationPolicy policy;

    EscalationSender(EntityManager entities, CaseMapper mapper, Mailer mailer, EscalationPolicy policy) {
        this.entities = entities;
        this.mapper = mapper;
        this.mailer = mailer;
        this.policy = policy;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean send(String caseId, int step, Instant imminentSince, Instant now) {
        CaseFile file = CaseFile.findById(caseId);
        if (file == null || !file.isOpen() || file.level != Level.IMMINENT
                || CaseAcknowledgement.findById(caseId) != null) {
            return false;
        }
        int claimed = entities.createNativeQuery("""
                insert into case_escalation (case_id, step, sent_at) values (?1, ?2, ?3)
                on conflict (case_id, step) do nothing""").setParameter(1, caseId).setParameter(2, step)
                .setParameter(3, now).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        EscalationPolicy.Step policyStep = policy.steps().get(step);
        Duration unacknowledged = Duration.between(imminentSince, now);
        mailer.send(EscalationMail.of(mapper.summary(file, now), step, unacknowledged,
                LocalDate.ofInstant(now, ZoneOffset.UTC), policy.boardUrl().orElse(null), policyStep.to()));
        TimelineEntry.of(caseId, now, "ESCALATION", "nobody acknowledged it for " + unacknowledged.toMinutes()
                + " minutes: escalation step " + (step + 1) + " mailed " + policyStep.to().size() + " addresses")
                .persist();
        return true;
    }
}
