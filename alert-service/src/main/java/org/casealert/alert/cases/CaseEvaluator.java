package org.casealert.alert.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.alert.config.AlertConfig;
import org.casealert.alert.rules.CaseFacts;
import org.casealert.alert.rules.Decision;
import org.casealert.alert.rules.LevelRules;
import org.casealert.alert.rules.RiskWindow;
import org.casealert.events.DetentionStage;

/** Gathers what the rules need about a case (its people, its corridor, risk windows) and asks them. */
@ApplicationScoped
public class CaseEvaluator {

    private final LevelRules rules;
    private final AlertConfig config;

    CaseEvaluator(LevelRules rules, AlertConfig config) {
        this.rules = rules;
        this.config = config;
    }

    public Decision evaluate(CaseFile file, Instant now) {
        List<CasePerson> people = CasePerson.list("caseId", file.id);
        int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        CaseFacts facts = new CaseFacts(file.stage, file.since, LocalDate.ofInstant(file.firstReceivedAt, ZoneOffset.UTC),
                file.transferExpectedOn, file.facility, file.province, file.corridor, file.riskFactors,
                people.stream().anyMatch(person -> Boolean.TRUE.equals(person.pregnant)),
                (int) people.stream().filter(person -> isMinor(person, year)).count());
        return rules.decide(facts, now, corridorBatch(file.corridor, now), activeRiskWindow(file.province, now));
    }

    static boolean isMinor(CasePerson person, int year) {
        return person.birthYear != null && year - person.birthYear < 18;
    }

    /** Enough open cases at the border of this corridor, recently, to make up a handover group. */
    boolean corridorBatch(String corridor, Instant now) {
        if (corridor == null) {
            return false;
        }
        LocalDate earliest = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(config.batch().withinDays());
        List<CaseFile> atBorder = CaseFile.list(
                "corridor = ?1 and status = 'OPEN' and mergedInto is null and stage in ?2", corridor,
                List.of(DetentionStage.BORDER_FACILITY, DetentionStage.TRANSFER_SCHEDULED));
        long recent = atBorder.stream().filter(file -> {
            LocalDate began = file.since != null ? file.since : LocalDate.ofInstant(file.firstReceivedAt, ZoneOffset.UTC);
            return !began.isBefore(earliest);
        }).count();
        return recent >= config.batch().cases();
    }

    private Optional<String> activeRiskWindow(String province, Instant now) {
        return RiskWindow.<RiskWindow> list("startsAt <= ?1 and endsAt > ?1", now).stream()
                .filter(window -> window.covers(province, now)).map(window -> window.name).findFirst();
    }
}
