package org.casealert.intake.report;

import java.time.Clock;
import java.time.Instant;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.casealert.events.DetentionReported;
import org.casealert.events.EventCodec;
import org.casealert.events.Topics;
import org.casealert.events.audit.Actor;
import org.casealert.events.audit.AuditAction;
import org.casealert.events.audit.AuditLog;
import org.casealert.events.crypto.Crypto;
import org.casealert.events.http.ProblemException;
import org.casealert.events.outbox.OutboxMessage;
import org.casealert.events.outbox.OutboxWritten;
import org.casealert.intake.mapping.ReportMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Takes reports in: the report, its event in the outbox and the idempotency key are written in one
 * transaction, so an accepted report is never lost and is published exactly as stored.
 */
@ApplicationScoped
public class ReportService {

    private final ReportMapper mapper;
    private final ReportLimits limits;
    private final Crypto crypto;
    private final Clock clock;
    private final Event<OutboxWritten> outboxWritten;
    private final AuditLog audit;

    ReportService(ReportMapper mapper, ReportLimits limits, Crypto crypto, Clock clock,
            Event<OutboxWritten> outboxWritten, AuditLog audit) {
        this.mapper = mapper;
        this.limits = limits;
        this.crypto = crypto;
        this.clock = clock;
        this.outboxWritten = outboxWritten;
        this.audit = audit;
    }

    public Receipt submit(ReportRequest request, String hotlineId, String idempotencyKey) {
        limits.checkNames(request);
        if (idempotencyKey == null) {
            return QuarkusTransaction.requiringNew().call(() -> store(request, hotlineId, null));
        }
        String requestHash = crypto.nameHasher().hash("request:" + EventCodec.write(canonical(request)));
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Receipt previous = replay(hotlineId, idempotencyKey, requestHash);
                return previous != null ? previous : store(request, hotlineId, new Keyed(idempotencyKey, requestHash));
            });
        } catch (PersistenceException e) {
            // the same key arrived twice at once; the other request won, so answer as it did
            return QuarkusTransaction.requiringNew().call(() -> {
                Receipt previous = replay(hotlineId, idempotencyKey, requestHash);
                if (previous == null) {
                    throw e;
                }
                return previous;
            });
        }
    }

    @Transactional
    public ReportView find(String id, String hotlineId, boolean operator, Actor reader) {
        Report report = Report.findById(id);
        if (report == null || !(operator || report.hotlineId.equals(hotlineId))) {
            throw ProblemException.notFound("report " + id);
        }
        audit.record(reader, AuditAction.PARTICULARS_READ, report.id);
        return mapper.toView(report);
    }

    private Receipt store(ReportRequest request, String hotlineId, Keyed keyed) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        Report report = mapper.toReport(request, id, hotlineId, now);
        DetentionReported event = mapper.toEvent(report, request, UUID.randomUUID(), now);
        String payload = EventCodec.write(event);
        limits.checkEvent(payload);
        report.persist();
        if (keyed != null) {
            IdempotencyKey key = new IdempotencyKey();
            key.hotlineId = hotlineId;
            key.key = keyed.key();
            key.requestHash = keyed.requestHash();
            key.reportId = id;
            key.createdAt = now;
            key.persist();
        }
        OutboxMessage.of(event.eventId(), Topics.DETENTION_REPORTS, id, payload, now).persist();
        Report.flush();
        outboxWritten.fire(new OutboxWritten());
        return Receipt.received(report);
    }

    private Receipt replay(String hotlineId, String key, String requestHash) {
        IdempotencyKey previous = IdempotencyKey.findById(new IdempotencyKey.PrimaryKey(hotlineId, key));
        if (previous == null) {
            return null;
        }
        if (!previous.requestHash.equals(requestHash)) {
            throw ProblemException.conflict("this Idempotency-Key was already used with a different body");
        }
        return Receipt.received(Report.findById(previous.reportId));
    }

    /** The request with its sets in a fixed order, so equal bodies hash alike in every JVM. */
    private static ReportRequest canonical(ReportRequest request) {
        return new ReportRequest(request.externalRef(), request.observedAt(), request.source(), request.detainees(),
                request.detention(), request.riskFactors() == null ? null : new TreeSet<>(request.riskFactors()),
                request.consent(), request.narrative());
    }

    private record Keyed(String key, String requestHash) {
    }
}
