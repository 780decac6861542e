package org.casealert.alert.escalation;

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

import org.casealert.alert.config.EscalationPolicy;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * Nobody acts, so it escalates: each open IMMINENT case nobody has acknowledged goes through the steps of the
 * {@link EscalationPolicy}, counted from when it became IMMINENT; each step is mailed once per case, whichever
 * instance gets there first. Each run also sets the gauges of how many such cases there are and how long the
 * oldest has waited.
 */
@ApplicationScoped
@Startup
public class CaseEscalations {

    private static final Logger LOG = Logger.getLogger(CaseEscalations.class);

    private final EntityManager entities;
    private final EscalationSender sender;
    private final EscalationPolicy policy;
    private final Clock clock;
    private final AtomicLong unacknowledged = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();

    CaseEscalations(EntityManager entities, EscalationSender sender, EscalationPolicy policy, Clock clock,
            MeterRegistry registry) {
        this.entities = entities;
        this.sender = sender;
        this.policy = policy;
        this.clock = clock;
        Gauge.builder("alert.cases.imminent.unacknowledged", unacknowledged, AtomicLong::get)
                .description("open IMMINENT cases nobody has acknowledged, as of the escalation policy's last run")
                .register(registry);
        Gauge.builder("alert.cases.imminent.unacknowledged.oldest.age", oldestSeconds, AtomicLong::get)
                .baseUnit("seconds").description("how long the oldest of them has been IMMINENT without an owner")
                .register(registry);
    }

    @Scheduled(every = "${alert.escalation.every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        escalate();
    }

    /** Applies the policy now; returns how many mails (one per case and step) were sent. */
    public int escalate() {
        Instant now = clock.instant();
        List<Waiting> waiting = QuarkusTransaction.requiringNew().call(this::waiting);
        unacknowledged.set(waiting.size());
        oldestSeconds.set(waiting.stream().mapToLong(w -> Duration.between(w.since(), now).toSeconds()).max().orElse(0));
        Set<String> sent = QuarkusTransaction.requiringNew().call(this::sentSteps);
        int mails = 0;
        for (Waiting w : waiting) {
            for (int step = 0; step < policy.steps().size(); step++) {
                Duration after = policy.steps().get(step).after();
                if (w.since().plus(after).isAfter(now) || sent.contains(w.caseId() + "/" + step)) {
                    continue;
                }
                try {
                    mails += sender.send(w.caseId(), step, w.since(), now) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.warnf("escalation step %d of case %s not sent, tried again next run: %s", step + 1, w.caseId(),
                            e.getClass().getName());
                }
            }
        }
        return mails;
    }

    /** An open IMMINENT case nobody has acknowledged, and since when it has been IMMINENT. */
    record Waiting(String caseId, Instant since) {
    }

    private List<Waiting> waiting() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                select c.id, coalesce((select max(t.at) from case_timeline t where t.case_id = c.id
                                        and t.kind = 'LEVEL' and t.detail like '%IMMINENT'), c.created_at)
                from detention_case c
                where c.status = 'OPEN' and c.merged_into is null and c.level = 'IMMINENT'
                  and not exists (select 1 from case_acknowledgement a where a.case_id = c.id)""").getResultList();
        return rows.stream().map(row -> new Waiting((String) row[0], instant(row[1]))).toList();
    }

    private Set<String> sentSteps() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                select e.case_id, e.step from case_escalation e join detention_case c on c.id = e.case_id
                where c.status = 'OPEN' and c.level = 'IMMINENT'""").getResultList();
        Set<String> sent = new HashSet<>();
        rows.forEach(row -> sent.add(row[0] + "/" + ((Number) row[1]).intValue()));
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
