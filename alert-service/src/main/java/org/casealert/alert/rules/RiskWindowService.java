package org.casealert.alert.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casealert.events.http.ProblemException;

/** Operators' risk windows; the cases they touch are re-decided by the caller right after. */
@ApplicationScoped
public class RiskWindowService {

    private final Clock clock;

    RiskWindowService(Clock clock) {
        this.clock = clock;
    }

    public record NewRiskWindow(String name, List<String> provinces, Instant startsAt, Instant endsAt) {
    }

    @Transactional
    public RiskWindow create(NewRiskWindow request, String operator) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        RiskWindow window = new RiskWindow();
        window.id = UUID.randomUUID().toString();
        window.name = request.name().strip();
        window.provinces = request.provinces().stream().map(String::strip).distinct().toList();
        window.startsAt = request.startsAt();
        window.endsAt = request.endsAt();
        window.createdAt = clock.instant();
        window.createdBy = operator;
        window.persist();
        return window;
    }

    @Transactional
    public List<RiskWindow> list() {
        return RiskWindow.list("order by startsAt desc");
    }

    @Transactional
    public void delete(String id) {
        if (!RiskWindow.deleteById(id)) {
            throw ProblemException.notFound("risk window " + id);
        }
    }
}
