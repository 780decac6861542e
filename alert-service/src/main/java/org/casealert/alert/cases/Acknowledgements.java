package org.casealert.alert.cases;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casealert.events.http.ProblemException;

/**
 * Acknowledging a case: one owner at a time, recorded in the timeline. An advocate cannot take a case another
 * has; an operator can (the owner may be asleep), and can release anyone's.
 */
@ApplicationScoped
public class Acknowledgements {

    private final EntityManager entities;
    private final Clock clock;

    Acknowledgements(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    @Transactional
    public String acknowledge(String caseId, String who, boolean operator) {
        CaseFile file = existing(caseId);
        Instant now = clock.instant();
        int inserted = entities.createNativeQuery("""
                insert into case_acknowledgement (case_id, owner, acknowledged_at) values (?1, ?2, ?3)
                on conflict (case_id) do nothing""").setParameter(1, file.id).setParameter(2, who)
                .setParameter(3, now).executeUpdate();
        if (inserted == 1) {
            TimelineEntry.of(file.id, now, "ACKNOWLEDGED", "acknowledged by " + who).persist();
            return file.id;
        }
        CaseAcknowledgement held = CaseAcknowledgement.findById(file.id);
        if (held == null) {
            throw ProblemException.conflict("released meanwhile; try again");
        }
        if (held.owner.equals(who)) {
            return file.id;
        }
        if (!operator) {
            throw ProblemException.conflict("acknowledged by " + held.owner + " at " + held.acknowledgedAt
                    + "; they or an operator can release it");
        }
        TimelineEntry.of(file.id, now, "ACKNOWLEDGED", "taken over by " + who + " from " + held.owner).persist();
        held.owner = who;
        held.acknowledgedAt = now;
        return file.id;
    }

    @Transactional
    public String release(String caseId, String who, boolean operator) {
        CaseFile file = existing(caseId);
        CaseAcknowledgement held = CaseAcknowledgement.findById(file.id);
        if (held == null) {
            throw ProblemException.conflict("nobody has acknowledged this case");
        }
        if (!held.owner.equals(who) && !operator) {
            throw ProblemException.conflict("acknowledged by " + held.owner + "; only they or an operator can release it");
        }
        held.delete();
        TimelineEntry.of(file.id, clock.instant(), "ACKNOWLEDGEMENT_RELEASED",
                "released by " + who + (held.owner.equals(who) ? "" : " for " + held.owner)).persist();
        return file.id;
    }

    private static CaseFile existing(String caseId) {
        CaseFile file = CaseFile.findById(caseId);
        if (file == null) {
            throw ProblemException.notFound("case " + caseId);
        }
        if (file.mergedInto != null) {
            throw ProblemException.conflict("this case was merged into another; acknowledge that one");
        }
        return file;
    }
}
