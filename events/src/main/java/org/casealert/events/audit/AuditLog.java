package org.casealert.events.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * Writes the append-only {@code audit_entry} table (each service's migration V60), in the transaction of the
 * act it records: a read or approval that rolls back leaves no entry, one that commits always leaves one.
 * An entry names the actor, the action and the record's id, never its content: no names, no addresses.
 * Each entry is also a line of the {@code casealert.audit} log, for a log collector's copy.
 */
@ApplicationScoped
public class AuditLog {

    /** Separates target ids in one insert; ids are UUIDs, references and numbers, never this. */
    private static final String SEPARATOR = "\u001f";

    private static final Logger LOG = Logger.getLogger("casealert.audit");

    private final EntityManager entityManager;
    private final Clock clock;

    AuditLog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, String target) {
        record(actor, action, target, null);
    }

    /** {@code detail}: ids, counts or statuses that explain the act (e.g. the case merged in), never particulars. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, String target, String detail) {
        entityManager.createNativeQuery("insert into audit_entry (at, actor_sub, actor_name, action, target, detail)"
                + " values (:at, :sub, :name, :action, :target, :detail)")
                .setParameter("at", Timestamp.from(clock.instant())).setParameter("sub", actor.sub())
                .setParameter("name", actor.name()).setParameter("action", action.name())
                .setParameter("target", target).setParameter("detail", detail).executeUpdate();
        LOG.infof("%s %s by %s", action, target, actor.name());
    }

    /** One entry per target, in one statement: a page of 500 cases opened is one round trip. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(Actor actor, AuditAction action, Collection<String> targets) {
        if (targets.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into audit_entry (at, actor_sub, actor_name, action, target)"
                + " select :at, :sub, :name, :action, unnest(string_to_array(:targets, :separator))")
                .setParameter("at", Timestamp.from(clock.instant())).setParameter("sub", actor.sub())
                .setParameter("name", actor.name()).setParameter("action", action.name())
                .setParameter("targets", String.join(SEPARATOR, targets)).setParameter("separator", SEPARATOR)
                .executeUpdate();
        LOG.infof("%s %s by %s", action, String.join(",", targets), actor.name());
    }
}
