package org.casealert.alert.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casealert.alert.corridor.Contribution;
import org.casealert.alert.corridor.CorridorLedger;
import org.casealert.alert.corridor.CorridorState;
import org.casealert.alert.rules.Decision;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseStatus;
import org.casealert.events.tracing.TraceScope;

/**
 * Decides the cases a transaction changed, and the alerts that causes. First each case's contribution to
 * its corridor's batch goes into the corridor's counts; then each case is decided with its corridor's
 * batch; and only where a batch formed or ended are the corridor's other open cases decided again, once,
 * in one bounded pass. A report's cost therefore does not depend on how many cases its corridor holds.
 */
@ApplicationScoped
public class CaseDecisions {

    private final CaseEvaluator evaluator;
    private final BatchMembership membership;
    private final CorridorLedger ledger;
    private final CaseAlerts alerts;
    private final EntityManager entityManager;

    CaseDecisions(CaseEvaluator evaluator, BatchMembership membership, CorridorLedger ledger, CaseAlerts alerts,
            EntityManager entityManager) {
        this.evaluator = evaluator;
        this.membership = membership;
        this.ledger = ledger;
        this.alerts = alerts;
        this.entityManager = entityManager;
    }

    /** Decides the changed cases (facts already refreshed), and the others of a corridor whose batch changed. */
    public void finish(Collection<TouchedCase> touched, Instant now) {
        if (touched.isEmpty()) {
            return;
        }
        Map<String, List<CasePerson>> people = peopleOf(touched.stream().map(t -> t.file().id).toList());
        List<CorridorLedger.Change> changes = new ArrayList<>();
        Set<String> corridors = new HashSet<>();
        for (TouchedCase t : touched) {
            Contribution before = BatchMembership.counted(t.file());
            Contribution after = membership.of(t.file(), people.getOrDefault(t.file().id, List.of()), now);
            BatchMembership.record(t.file(), after);
            changes.add(new CorridorLedger.Change(before, after));
            corridors.add(t.file().corridor);
        }
        entityManager.flush();
        CorridorLedger.Outcome outcome = ledger.apply(changes, corridors, now);
        for (TouchedCase t : touched) {
            try (TraceScope scope = TraceScope.enter(t.trace())) {
                decide(t.file(), t.before(), people.getOrDefault(t.file().id, List.of()),
                        outcome.state(t.file().corridor), now);
            }
        }
        Set<String> decided = touched.stream().map(t -> t.file().id).collect(Collectors.toSet());
        for (String corridor : outcome.batchChanged()) {
            redecideCorridor(outcome.state(corridor), decided, now);
        }
    }

    /**
     * The corridor's other open cases decided with another batch than the corridor's now. Cases another
     * transaction holds are skipped: that transaction waits for this one's corridor lock and then decides
     * them with the batch as it is.
     */
    private void redecideCorridor(CorridorState state, Set<String> decided, Instant now) {
        @SuppressWarnings("unchecked")
        List<CaseFile> others = new ArrayList<>(entityManager.createNativeQuery("""
                select * from detention_case where corridor = :corridor and status = 'OPEN' and merged_into is null
                  and batch_id is distinct from cast(:batch as text)
                order by created_at for update skip locked""", CaseFile.class)
                .setParameter("corridor", state.corridor).setParameter("batch", state.batchId).getResultList());
        others.removeIf(file -> decided.contains(file.id));
        Map<String, List<CasePerson>> people = peopleOf(others.stream().map(file -> file.id).toList());
        for (CaseFile file : others) {
            List<CasePerson> persons = people.getOrDefault(file.id, List.of());
            CaseSnapshot before = new CaseSnapshot(file.level, file.status, file.stage, persons.size(), file.batchId);
            decide(file, before, persons, state, now);
        }
    }

    /** Decides one case and writes the timeline and, when recipients must hear of it, one alert. */
    private void decide(CaseFile file, CaseSnapshot before, List<CasePerson> people, CorridorState corridor,
            Instant now) {
        if (file.isOpen()) {
            boolean batch = corridor != null && corridor.hasBatch();
            CaseEvaluator.Evaluation evaluation = evaluator.evaluate(file, people, batch, now);
            Decision decision = evaluation.decision();
            if (decision.level() != file.level || !Objects.equals(decision.deadline(), file.deadline)
                    || !decision.reasons().equals(file.reasons) || before == null) {
                file.updatedAt = now;
            }
            file.level = decision.level();
            file.deadline = decision.deadline();
            file.reasons = decision.reasons();
            file.batchId = batch ? corridor.batchId : null;
            file.nextReviewAt = evaluation.reviewAt();
        } else {
            file.deadline = null;
            file.batchId = null;
            file.nextReviewAt = null;
            file.updatedAt = now;
        }
        recordChanges(file, before, people.size(), now);
        alertKind(before, file, people.size()).ifPresent(kind -> {
            file.updatedAt = now;
            alerts.write(file, kind, before == null ? null : before.level(), now);
        });
    }

    private static void recordChanges(CaseFile file, CaseSnapshot before, int people, Instant now) {
        if (before == null) {
            TimelineEntry.of(file.id, now, "LEVEL", "case opened at level " + file.level).persist();
            return;
        }
        if (before.level() != file.level) {
            TimelineEntry.of(file.id, now, "LEVEL", before.level() + " → " + file.level).persist();
        }
        if (before.stage() != file.stage) {
            TimelineEntry.of(file.id, now, "STAGE", before.stage() + " → " + file.stage).persist();
        }
        if (before.status() != file.status) {
            TimelineEntry.of(file.id, now, "STATUS", before.status() + " → " + file.status).persist();
        }
        if (people > before.people()) {
            TimelineEntry.of(file.id, now, "PEOPLE", before.people() + " → " + people + " people").persist();
        }
        if (!Objects.equals(before.batchId(), file.batchId)) {
            TimelineEntry.of(file.id, now, "BATCH", file.batchId == null ? "no longer part of a corridor batch"
                    : "part of the " + file.corridor + " corridor batch").persist();
        }
    }

    /**
     * RAISED, ESCALATED, DEESCALATED, UPDATED (new people, a new stage, joining or leaving a corridor
     * batch), MERGED, RESOLVED or REPATRIATED; else none.
     */
    static Optional<AlertKind> alertKind(CaseSnapshot before, CaseFile after, int people) {
        if (before == null) {
            return Optional.of(AlertKind.RAISED);
        }
        if (before.status().isOpen() && after.mergedInto != null) {
            return Optional.of(AlertKind.MERGED);
        }
        if (before.status().isOpen() && !after.status.isOpen()) {
            return Optional.of(after.status == CaseStatus.REPATRIATED ? AlertKind.REPATRIATED : AlertKind.RESOLVED);
        }
        if (!before.status().isOpen() && after.status.isOpen()) {
            return Optional.of(AlertKind.RAISED);
        }
        if (!after.status.isOpen()) {
            return Optional.empty();
        }
        if (after.level.compareTo(before.level()) > 0) {
            return Optional.of(AlertKind.ESCALATED);
        }
        if (after.level.compareTo(before.level()) < 0) {
            return Optional.of(AlertKind.DEESCALATED);
        }
        if (people > before.people() || after.stage != before.stage()
                || !Objects.equals(before.batchId(), after.batchId)) {
            return Optional.of(AlertKind.UPDATED);
        }
        return Optional.empty();
    }

    /** The people of many cases in one query. */
    private static Map<String, List<CasePerson>> peopleOf(List<String> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return CasePerson.<CasePerson> list("caseId in ?1 order by id", caseIds).stream()
                .collect(Collectors.groupingBy(person -> person.caseId));
    }
}
