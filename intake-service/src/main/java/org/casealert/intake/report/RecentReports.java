package org.casealert.intake.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.casealert.events.DetentionStage;
import org.casealert.events.Level;

/**
 * A hotline's own most recent reports, with the case each became part of: what the staff on the phone check
 * ("did it reach the board, at which level?"). No name, only counts and places.
 */
@ApplicationScoped
public class RecentReports {

    public record RecentReport(String id, String externalRef, Instant receivedAt, int detaineeCount,
            DetentionStage stage, String province, boolean published, String caseReference, Level level,
            String caseStatus) {
    }

    public record Page(List<RecentReport> items) {
    }

    private final EntityManager entities;

    RecentReports(EntityManager entities) {
        this.entities = entities;
    }

    /** {@code hotlineId} null: every hotline's (operators). */
    @Transactional
    public List<RecentReport> of(String hotlineId, int limit) {
        Query query = entities.createNativeQuery("""
                select r.id, r.external_ref, r.received_at, jsonb_array_length(r.detainees), r.stage, r.province,
                       r.published_at is not null, c.case_reference, c.level, c.status
                from report r left join report_case c on c.report_id = r.id
                """ + (hotlineId == null ? "" : "where r.hotline_id = :hotline ")
                + "order by r.received_at desc, r.id desc limit :limit").setParameter("limit", limit);
        if (hotlineId != null) {
            query.setParameter("hotline", hotlineId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new RecentReport((String) row[0], (String) row[1], instant(row[2]),
                ((Number) row[3]).intValue(), DetentionStage.valueOf((String) row[4]), (String) row[5],
                (Boolean) row[6], (String) row[7], row[8] == null ? null : Level.valueOf((String) row[8]),
                (String) row[9])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
