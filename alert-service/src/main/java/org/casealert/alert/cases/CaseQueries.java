package org.casealert.alert.cases;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casealert.events.CaseStatus;
import org.casealert.events.Level;
import org.casealert.events.audit.Actor;
import org.casealert.events.audit.AuditAction;
import org.casealert.events.audit.AuditLog;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.http.ProblemException;

/**
 * Reads cases for the API, newest change first, with a cursor that stays valid while cases change.
 * Every operator view that opens personal data is written to the audit log.
 */
@ApplicationScoped
public class CaseQueries {

    private final CaseMapper mapper;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final AuditLog audit;

    CaseQueries(CaseMapper mapper, PersonalDataCipher cipher, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.mapper = mapper;
        this.cipher = cipher;
        this.clock = clock;
    }

    public record Filter(Level level, CaseStatus status, String province, String corridor, Instant updatedSince) {
    }

    @Transactional
    public CaseView.Page list(Filter filter, String cursor, int limit, Actor operator) {
        StringBuilder query = new StringBuilder("mergedInto is null");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.level() != null) {
            query.append(" and level = :level");
            parameters.put("level", filter.level());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.province() != null) {
            query.append(" and lower(province) = lower(:province)");
            parameters.put("province", filter.province());
        }
        if (filter.corridor() != null) {
            query.append(" and corridor = :corridor");
            parameters.put("corridor", filter.corridor());
        }
        if (filter.updatedSince() != null) {
            query.append(" and updatedAt >= :updatedSince");
            parameters.put("updatedSince", filter.updatedSince());
        }
        if (cursor != null) {
            Position after = Position.decode(cursor);
            query.append(" and (updatedAt < :cursorAt or (updatedAt = :cursorAt and id < :cursorId))");
            parameters.put("cursorAt", after.updatedAt());
            parameters.put("cursorId", after.id());
        }
        query.append(" order by updatedAt desc, id desc");
        List<CaseFile> files = CaseFile.<CaseFile> find(query.toString(), parameters).page(0, limit + 1).list();
        boolean more = files.size() > limit;
        List<CaseView> items = new ArrayList<>();
        List<CaseFile> shown = files.subList(0, Math.min(limit, files.size()));
        for (CaseFile file : shown) {
            items.add(view(file, operator, false));
        }
        if (operator != null) {
            audit.recordEach(operator, AuditAction.PARTICULARS_READ, shown.stream().map(file -> file.id).toList());
        }
        String next = more ? new Position(files.get(limit - 1).updatedAt, files.get(limit - 1).id).encode() : null;
        return new CaseView.Page(items, next);
    }

    @Transactional
    public CaseView get(String id, Actor operator) {
        CaseFile file = CaseFile.findById(id);
        if (file == null) {
            throw ProblemException.notFound("case " + id);
        }
        if (operator != null) {
            audit.record(operator, AuditAction.PARTICULARS_READ, file.id);
        }
        return view(file, operator, true);
    }

    /** {@code operator} is the operator, or {@code null} for the pseudonymised view. */
    private CaseView view(CaseFile file, Actor operator, boolean withTimeline) {
        Instant now = clock.instant();
        List<CaseView.TimelineView> timeline = withTimeline ? timeline(file.id, operator != null) : null;
        CaseAcknowledgement owner = CaseAcknowledgement.findById(file.id);
        String ownerName = owner == null ? null : owner.owner;
        Instant ownedSince = owner == null ? null : owner.acknowledgedAt;
        if (operator == null) {
            return new CaseView(mapper.summary(file, now), ownerName, ownedSince, null, null, null, timeline);
        }
        List<CaseView.PossibleMatchView> matches = PossibleMatch.<PossibleMatch> list(
                "caseId = ?1 or otherCaseId = ?1", file.id).stream().map(match -> {
                    String otherId = match.caseId.equals(file.id) ? match.otherCaseId : match.caseId;
                    CaseFile other = CaseFile.findById(otherId);
                    return new CaseView.PossibleMatchView(otherId, other.reference, match.detail);
                }).toList();
        return new CaseView(mapper.summary(file, now, false), ownerName, ownedSince, mapper.people(file),
                mapper.narratives(file), matches, timeline);
    }

    /** Operators read who did what and the notes; the pseudonymised timeline names neither operators nor sources. */
    private List<CaseView.TimelineView> timeline(String caseId, boolean forOperator) {
        return TimelineEntry.<TimelineEntry> list("caseId = ?1 order by at, id", caseId).stream()
                .map(entry -> new CaseView.TimelineView(entry.at, entry.kind,
                        forOperator ? entry.attributedDetail() : entry.detail, entry.reportId,
                        forOperator && entry.noteSealed != null
                                ? cipher.open(entry.noteSealed, OperatorActions.noteContext(caseId, entry.at))
                                : null))
                .toList();
    }

    /** Where a page ended: the last case's change time (to the microsecond, as stored) and id. */
    record Position(Instant updatedAt, String id) {

        String encode() {
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, updatedAt);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((micros + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
                return new Position(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS), parts[1]);
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "not a cursor this service gave out");
            }
        }
    }
}
