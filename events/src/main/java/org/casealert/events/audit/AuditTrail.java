package org.casealert.events.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.casealert.events.http.ProblemException;

/** Reads the audit log for operators, newest first, with a cursor (the last entry's id) that new entries never move. */
@ApplicationScoped
public class AuditTrail {

    public record Filter(Instant since, AuditAction action, String target) {
    }

    private final EntityManager entityManager;

    AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public AuditEntry.Page list(Filter filter, String cursor, int limit) {
        StringBuilder sql = new StringBuilder(
                "select id, at, actor_sub, actor_name, action, target, detail from audit_entry where true");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.since() != null) {
            sql.append(" and at >= :since");
            parameters.put("since", Timestamp.from(filter.since()));
        }
        if (filter.action() != null) {
            sql.append(" and action = :action");
            parameters.put("action", filter.action().name());
        }
        if (filter.target() != null) {
            sql.append(" and target = :target");
            parameters.put("target", filter.target());
        }
        if (cursor != null) {
            sql.append(" and id < :before");
            parameters.put("before", decode(cursor));
        }
        sql.append(" order by id desc limit :limit");
        parameters.put("limit", limit + 1);
        Query query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        List<AuditEntry> items = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            items.add(new AuditEntry(((Number) columns[0]).longValue(), instant(columns[1]), (String) columns[2],
                    (String) columns[3], AuditAction.valueOf((String) columns[4]), (String) columns[5],
                    (String) columns[6]));
        }
        if (items.size() <= limit) {
            return new AuditEntry.Page(items, null);
        }
        List<AuditEntry> page = items.subList(0, limit);
        return new AuditEntry.Page(List.copyOf(page), encode(page.get(limit - 1).id()));
    }

    static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("a" + id).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("a")) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text.substring(1));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "not a cursor this service gave out");
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
