package org.casealert.alert.corridor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.casealert.alert.config.AlertConfig;

/**
 * Keeps each corridor's counts current from the changes of its cases' contributions, and forms or ends
 * its batch when the count crosses the rules' threshold. The rows are locked in sorted order, after the
 * cases' own locks, so that transactions touching several corridors never wait on each other in a circle;
 * the cost of a change does not depend on how many cases the corridor holds.
 */
@ApplicationScoped
public class CorridorLedger {

    private final EntityManager entityManager;
    private final AlertConfig config;

    CorridorLedger(EntityManager entityManager, AlertConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** One case's contribution before and after a change. */
    public record Change(Contribution before, Contribution after) {
    }

    /** The corridors' states after the changes, and which of them formed or ended a batch. */
    public record Outcome(Map<String, CorridorState> states, Collection<String> batchChanged) {

        public CorridorState state(String corridor) {
            return corridor == null ? null : states.get(corridor);
        }
    }

    /**
     * Applies the changes and returns the state of every corridor named in {@code corridors} or in them,
     * locked for the rest of the transaction.
     */
    public Outcome apply(Collection<Change> changes, Collection<String> corridors, Instant now) {
        TreeSet<String> names = new TreeSet<>();
        corridors.stream().filter(Objects::nonNull).forEach(names::add);
        changes.forEach(change -> {
            if (change.before().counts()) {
                names.add(change.before().corridor());
            }
            if (change.after().counts()) {
                names.add(change.after().corridor());
            }
        });
        Map<String, CorridorState> states = lock(names, now);
        Map<String, Boolean> hadBatch = new HashMap<>();
        states.forEach((name, state) -> hadBatch.put(name, state.hasBatch()));
        TreeSet<String> recount = new TreeSet<>();
        for (Change change : changes) {
            if (!change.before().differsFrom(change.after())) {
                continue;
            }
            if (change.before().counts()) {
                CorridorState state = states.get(change.before().corridor());
                add(state, change.before(), -1);
                if (Objects.equals(state.earliestDeadline, change.before().deadline())) {
                    recount.add(state.corridor); // the earliest may have left: ask the cases that remain
                }
            }
            if (change.after().counts()) {
                add(states.get(change.after().corridor()), change.after(), 1);
            }
        }
        entityManager.flush();
        recount.forEach(name -> states.get(name).earliestDeadline = earliestDeadline(name));
        TreeSet<String> batchChanged = new TreeSet<>();
        for (CorridorState state : states.values()) {
            boolean batch = state.cases >= config.batch().cases();
            if (batch && !state.hasBatch()) {
                state.batchId = UUID.randomUUID().toString();
                state.batchFormedAt = now;
            } else if (!batch && state.hasBatch()) {
                state.batchId = null;
                state.batchFormedAt = null;
            }
            if (state.hasBatch() != hadBatch.get(state.corridor)) {
                batchChanged.add(state.corridor);
            }
            state.updatedAt = now;
        }
        return new Outcome(states, batchChanged);
    }

    private Map<String, CorridorState> lock(TreeSet<String> names, Instant now) {
        Map<String, CorridorState> states = new HashMap<>();
        if (names.isEmpty()) {
            return states;
        }
        for (String name : names) {
            entityManager.createNativeQuery("""
                    insert into corridor_state (corridor, updated_at) values (:corridor, :now)
                    on conflict (corridor) do nothing""").setParameter("corridor", name).setParameter("now", now)
                    .executeUpdate();
        }
        List<CorridorState> locked = entityManager
                .createQuery("from CorridorState where corridor in :names order by corridor", CorridorState.class)
                .setParameter("names", names).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        locked.forEach(state -> {
            entityManager.refresh(state);
            states.put(state.corridor, state);
        });
        return states;
    }

    private static void add(CorridorState state, Contribution contribution, int sign) {
        state.cases += sign;
        state.people += sign * contribution.people();
        state.women += sign * contribution.women();
        state.minors += sign * contribution.minors();
        if (sign > 0 && contribution.deadline() != null
                && (state.earliestDeadline == null || contribution.deadline().isBefore(state.earliestDeadline))) {
            state.earliestDeadline = contribution.deadline();
        }
    }

    private LocalDate earliestDeadline(String corridor) {
        return entityManager.createQuery(
                "select min(countedDeadline) from CaseFile where countedCorridor = :corridor",
                LocalDate.class).setParameter("corridor", corridor).getSingleResult();
    }
}
