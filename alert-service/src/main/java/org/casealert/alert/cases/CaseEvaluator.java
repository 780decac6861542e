package org.casealert.alert.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.alert.clock.RepatriationClock;
import org.casealert.alert.rules.CaseFacts;
import org.casealert.alert.rules.Decision;
import org.casealert.alert.rules.LevelRules;
import org.casealert.alert.rules.RiskWindow;

/**
 * Gathers what the rules need about a case (its people, whether its corridor has a batch, risk windows)
 * and asks them; and tells when time alone may change the answer, so the clock looks at the case again
 * then and not before.
 */
@ApplicationScoped
public class CaseEvaluator {

    private final LevelRules rules;
    private final RepatriationClock clock;

    CaseEvaluator(LevelRules rules, RepatriationClock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** A decision with the moment the clock must look at the case again. */
    public record Evaluation(Decision decision, Instant reviewAt) {
    }

    public Evaluation evaluate(CaseFile file, List<CasePerson> people, boolean corridorBatch, Instant now) {
        int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        CaseFacts facts = new CaseFacts(file.stage, file.since, LocalDate.ofInstant(file.firstReceivedAt, ZoneOffset.UTC),
                file.transferExpectedOn, file.facility, file.province, file.corridor, file.riskFactors,
                people.stream().anyMatch(person -> Boolean.TRUE.equals(person.pregnant)),
                (int) people.stream().filter(person -> isMinor(person, year)).count());
        List<RiskWindow> windows = RiskWindow.list("endsAt > ?1", now);
        Optional<String> active = windows.stream().filter(window -> window.covers(file.province, now))
                .map(window -> window.name).findFirst();
        Decision decision = rules.decide(facts, now, corridorBatch, active);
        return new Evaluation(decision, reviewAt(decision, file.province, windows, now));
    }

    /** By year arithmetic someone 18 this year may still be 17: counted as a minor, to err on their side. */
    static boolean isMinor(CasePerson person, int year) {
        return person.birthYear != null && year - person.birthYear <= 18;
    }

    /**
     * The rules compare dates with today, so a decision can change at the next midnight (UTC); and when
     * the deadline comes within the imminent window, or a risk window for the province opens or closes.
     */
    private Instant reviewAt(Decision decision, String province, List<RiskWindow> windows, Instant now) {
        Instant next = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (decision.deadline() != null) {
            Instant imminentFrom = decision.deadline().atStartOfDay(ZoneOffset.UTC).toInstant()
                    .minus(clock.imminentWithin());
            next = imminentFrom.isAfter(now) && imminentFrom.isBefore(next) ? imminentFrom : next;
        }
        for (RiskWindow window : windows) {
            if (window.provinces.stream().anyMatch(name -> name.equalsIgnoreCase(String.valueOf(province)))) {
                next = window.startsAt.isAfter(now) && window.startsAt.isBefore(next) ? window.startsAt : next;
                next = window.endsAt.isBefore(next) ? window.endsAt : next;
            }
        }
        return next;
    }
}
