package org.casealert.alert.cases;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casealert.events.DetentionReported;

/**
 * Who may change cases at once. Reports take a transaction-scoped advisory lock per keyed name hash they
 * carry, in sorted order, so only reports that could be about the same people wait for each other: two
 * instances consuming different partitions work side by side and still never open the same case twice.
 * Reports hold a shared "all cases" lock as well; operators and the clock, who change cases whatever
 * names they carry, take it exclusively.
 */
@ApplicationScoped
public class CaseLocks {

    /** Above this many names in one transaction, taking the exclusive lock is cheaper than one lock each. */
    static final int MAX_NAME_LOCKS = 1000;
    private static final long ALL_CASES = 0x6361_7365_616c_6572L; // "casealer"

    private final EntityManager entityManager;

    CaseLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks what the reports could touch, until the transaction ends. */
    public void forReports(Collection<DetentionReported> reports) {
        TreeSet<Long> keys = new TreeSet<>();
        for (DetentionReported report : reports) {
            for (DetentionReported.Detainee detainee : report.detainees()) {
                if (!detainee.unnamed() && detainee.nameHashes() != null) {
                    detainee.nameHashes().forEach(hash -> keys.add(key(hash)));
                }
            }
        }
        if (keys.size() > MAX_NAME_LOCKS) {
            allCases();
            return;
        }
        entityManager.createNativeQuery("select pg_advisory_xact_lock_shared(:key)").setParameter("key", ALL_CASES)
                .getSingleResult();
        if (!keys.isEmpty()) {
            // volatile functions in the select list run after the sort: the locks are taken in key order
            entityManager.createNativeQuery("""
                    select count(*) from (select pg_advisory_xact_lock(k) from (
                      select k from unnest(string_to_array(:keys, ',')::bigint[]) k order by k) sorted) locked""")
                    .setParameter("keys", keys.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .getSingleResult();
        }
    }

    /** Locks every case until the transaction ends: for operators' changes and the clock. */
    public void allCases() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", ALL_CASES)
                .getSingleResult();
    }

    /** A name hash's lock key: the first 8 bytes of its SHA-256 (the hashes are keyed already). */
    static long key(String nameHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(nameHash.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
