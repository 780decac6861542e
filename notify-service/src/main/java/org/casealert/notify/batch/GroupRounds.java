package org.casealert.notify.batch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casealert.notify.config.NotifyConfig;
import org.casealert.notify.delivery.DeliveriesWritten;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Runs a group's next round when it is due: the first once the group has waited for the alerts that formed it,
 * a further one no sooner than the group interval after the last, and only when cases joined since. The group's
 * row is locked ({@code skip locked}) for the round, which is written in one transaction with its letters,
 * digests and deliveries: two instances never run one round, and a restart never repeats one.
 */
@ApplicationScoped
public class GroupRounds {

    private final EntityManager entityManager;
    private final GroupCases groupCases;
    private final GroupLetters letters;
    private final GroupDigests digests;
    private final NotifyConfig config;
    private final Clock clock;
    private final Event<DeliveriesWritten> deliveriesWritten;
    private final MeterRegistry registry;

    GroupRounds(EntityManager entityManager, GroupCases groupCases, GroupLetters letters, GroupDigests digests,
            NotifyConfig config, Clock clock, Event<DeliveriesWritten> deliveriesWritten, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.groupCases = groupCases;
        this.letters = letters;
        this.digests = digests;
        this.config = config;
        this.clock = clock;
        this.deliveriesWritten = deliveriesWritten;
        this.registry = registry;
    }

    /** Runs one due round; false when none is due. */
    @Transactional
    @SuppressWarnings("unchecked")
    public boolean runNext() {
        Instant now = clock.instant();
        List<String> due = entityManager.createNativeQuery("""
                select g.batch_id from appeal_group g
                where (g.rounds = 0 and g.first_seen_at <= :waited)
                   or (g.rounds > 0 and g.last_round_at <= :interval
                       and exists (select 1 from appeal_group_case c where c.batch_id = g.batch_id and c.round_number is null))
                order by g.first_seen_at limit 1 for update skip locked""")
                .setParameter("waited", now.minus(config.groupWait()))
                .setParameter("interval", now.minus(config.groupInterval())).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        AppealGroup group = AppealGroup.findById(due.get(0));
        int round = group.rounds + 1;
        entityManager
                .createNativeQuery(
                        "update appeal_group_case set round_number = :round where batch_id = :batch and round_number is null")
                .setParameter("round", round).setParameter("batch", group.batchId).executeUpdate();
        List<CaseInGroup> cases = groupCases.of(group.batchId, true);
        letters.write(group, round, cases, now);
        digests.write(group, round, cases, now);
        group.rounds = round;
        group.lastRoundAt = now;
        registry.counter("notify.group.rounds", "first", String.valueOf(round == 1)).increment();
        deliveriesWritten.fire(new DeliveriesWritten());
        return true;
    }
}
