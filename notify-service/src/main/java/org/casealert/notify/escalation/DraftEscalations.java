package org.casealert.notify.escalation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casealert.notify.config.EscalationPolicy;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * Nobody approves, so it escalates: each draft appeal (or group letter) waiting for an operator's approval goes
 * through the steps of the {@link EscalationPolicy}, counted from when it was written; each step mails its list
 * once per draft (one mail per step and run, naming all drafts newly due at it). Each run also sets the gauges of
 * how many drafts wait and how long the oldest has waited.
 */
@ApplicationScoped
@Startup
public class DraftEscalations {

    private static final Logger LOG = Logger.getLogger(DraftEscalations.class);

    private final EntityManager entities;
    private final DraftEscalationSender sender;
    private final EscalationPolicy policy;
    private final Clock clock;
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();

    DraftEscalations(EntityManager entities, DraftEscalationSender sender, EscalationPolicy policy, Clock clock,
            MeterRegistry registry) {
        this.entities = entities;
        this.sender = sender;
        this.policy = policy;
        this.clock = clock;
        Gauge.builder("notify.appeal.drafts.waiting", waiting, AtomicLong::get)
                .description(
                        "draft appeals and group letters waiting for an operator's approval, as of the escalation policy's last run")
                .register(registry);
        Gauge.builder("notify.appeal.drafts.waiting.oldest.age", oldestSeconds, AtomicLong::get).baseUnit("seconds")
                .description("how long the oldest of them has waited").register(registry);
    }

    @Scheduled(every = "${notify.escalation.every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        escalate();
    }

    /** Applies the policy now; returns how many (draft, step) pairs were mailed. */
    public int escalate() {
        Instant now = clock.instant();
        List<WaitingDraft> drafts = QuarkusTransaction.requiringNew().call(this::waitingDrafts);
        waiting.set(drafts.size());
        oldestSeconds.set(drafts.stream().mapToLong(d -> Duration.between(d.since(), now).toSeconds()).max().orElse(0));
        Set<String> sent = QuarkusTransaction.requiringNew().call(this::sentSteps);
        int mailed = 0;
        for (int step = 0; step < policy.steps().size(); step++) {
            Duration after = policy.steps().get(step).after();
            int index = step;
            List<WaitingDraft> due = drafts.stream().filter(d -> !d.since().plus(after).isAfter(now))
                    .filter(d -> !sent.contains(d.key() + "/" + index)).toList();
            if (due.isEmpty()) {
                continue;
            }
            try {
                mailed += sender.send(step, due, now);
            } catch (RuntimeException e) {
                LOG.warnf("escalation step %d of %d draft(s) not sent, tried again next run: %s", step + 1, due.size(),
                        e.getClass().getName());
            }
        }
        return mailed;
    }

    private List<WaitingDraft> waitingDrafts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                select 'APPEAL', a.id, a.case_reference, r.name, a.created_at
                from appeal a join recipient r on r.id = a.recipient_id where a.status = 'DRAFT'
                union all
                select 'GROUP_LETTER', l.id, 'corridor ' || g.corridor || ' (batch letter, round ' || l.round_number || ')',
                       r.name, l.created_at
                from group_letter l join appeal_group g on g.batch_id = l.batch_id
                join recipient r on r.id = l.recipient_id where l.status = 'DRAFT'""").getResultList();
        return rows.stream().map(row -> new WaitingDraft(WaitingDraft.Kind.valueOf((String) row[0]), (String) row[1],
                (String) row[2], (String) row[3], instant(row[4]))).toList();
    }

    private Set<String> sentSteps() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                select e.draft_kind, e.draft_id, e.step from appeal a
                join draft_escalation e on e.draft_kind = 'APPEAL' and e.draft_id = a.id where a.status = 'DRAFT'
                union all
                select e.draft_kind, e.draft_id, e.step from group_letter l
                join draft_escalation e on e.draft_kind = 'GROUP_LETTER' and e.draft_id = l.id
                where l.status = 'DRAFT'""")
                .getResultList();
        Set<String> sent = new HashSet<>();
        rows.forEach(row -> sent.add(row[0] + "/" + row[1] + "/" + ((Number) row[2]).intValue()));
        return sent;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return ((OffsetDateTime) value).toInstant();
    }
}
