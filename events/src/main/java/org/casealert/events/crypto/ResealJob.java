package org.casealert.events.crypto;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Seals what the service keeps anew under each ring's active key, so that an older key can be retired
 * (deploy/README.md, "Keys per hop"): every hour ({@code casealert.crypto.reseal-every}) and on an operator's request.
 * A row at a time, each in a transaction of its own, so the job never holds up the service's own work; a row
 * that does not open (its key is gone already) is counted and left as it is. {@code casealert_reseal_backlog}
 * says, per ring and table, how many rows still wait; at 0 in every service of a ring, its older keys can go.
 */
@ApplicationScoped
public class ResealJob {

    private static final Logger LOG = Logger.getLogger(ResealJob.class);
    private static final Logger AUDIT = Logger.getLogger("casealert.audit");
    private static final Pattern SQL_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final int BATCH = 100;

    private final Crypto crypto;
    private final Instance<SealedTable> tables;
    private final EntityManager entityManager;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> backlogs = new ConcurrentHashMap<>();

    ResealJob(Crypto crypto, Instance<SealedTable> tables, EntityManager entityManager, MeterRegistry registry) {
        this.crypto = crypto;
        this.tables = tables;
        this.entityManager = entityManager;
        this.registry = registry;
    }

    /** What one run did: rows sealed anew, rows that did not open, rows still holding an older key's values. */
    public record Result(long resealed, long failed, long remaining) {
    }

    @Scheduled(every = "${casealert.crypto.reseal-every:1h}", delayed = "${casealert.crypto.reseal-delay:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Runs the job now, for an operator ({@code POST /api/v1/keys/reseal}). */
    public Result runFor(String operator) {
        Result result = run();
        AUDIT.infof("re-seal run by %s: %d rows sealed anew, %d did not open, %d remain", operator, result.resealed(),
                result.failed(), result.remaining());
        return result;
    }

    synchronized Result run() {
        long resealed = 0;
        long failed = 0;
        long remaining = 0;
        for (SealedTable table : tables) {
            check(table);
            PersonalDataCipher ring = crypto.ring(table.hop());
            String stale = staleValues(ring);
            Set<String> unopened = new HashSet<>();
            while (true) {
                List<String> ids = new ArrayList<>(staleIds(table, stale, BATCH + unopened.size()));
                ids.removeAll(unopened);
                if (ids.isEmpty()) {
                    break;
                }
                for (String id : ids) {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> table.reseal(id, ring));
                        resealed++;
                        registry.counter("casealert.reseal.rows", "ring", table.hop().id(), "table", table.table())
                                .increment();
                    } catch (RuntimeException e) {
                        // the row's id and the error's class only: never a value
                        LOG.warnf("%s row %s not sealed anew: %s", table.table(), id, e.getClass().getSimpleName());
                        unopened.add(id);
                        failed++;
                        registry.counter("casealert.reseal.failures", "ring", table.hop().id(), "table",
                                table.table()).increment();
                    }
                }
            }
            long left = count(table, stale);
            backlog(table).set(left);
            remaining += left;
        }
        return new Result(resealed, failed, remaining);
    }

    /** A regular expression for a value of this ring sealed with a key other than the active one. */
    static String staleValues(PersonalDataCipher ring) {
        StringBuilder active = new StringBuilder();
        for (char c : ring.activeKeyId().toCharArray()) {
            active.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
        }
        return "enc2:" + ring.hop().id() + ":(?!" + active + ":)";
    }

    @SuppressWarnings("unchecked")
    private List<String> staleIds(SealedTable table, String stale, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("select cast("
                + table.idColumn() + " as text) from " + table.table() + " where " + where(table) + " order by 1 limit "
                + limit).setParameter("stale", stale).getResultList());
    }

    private long count(SealedTable table, String stale) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from " + table.table() + " where " + where(table)).setParameter("stale", stale)
                .getSingleResult()).longValue());
    }

    private static String where(SealedTable table) {
        return String.join(" or ", table.sealedColumns().stream().map(column -> "cast(" + column + " as text) ~ :stale")
                .toList());
    }

    private AtomicLong backlog(SealedTable table) {
        return backlogs.computeIfAbsent(table.hop().id() + "/" + table.table(), key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("casealert.reseal.backlog", value, AtomicLong::get).tag("ring", table.hop().id())
                    .tag("table", table.table()).description("rows holding a value sealed with an older key")
                    .register(registry);
            return value;
        });
    }

    /** Table and column names come from code, never from a request; still, only plain SQL names pass. */
    private static void check(SealedTable table) {
        List<String> names = new ArrayList<>(table.sealedColumns());
        names.add(table.table());
        names.add(table.idColumn());
        for (String name : names) {
            if (!SQL_NAME.matcher(name).matches()) {
                throw new IllegalStateException("not a plain SQL name: " + name);
            }
        }
    }
}
