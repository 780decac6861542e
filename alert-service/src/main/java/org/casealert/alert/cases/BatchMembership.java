package org.casealert.alert.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.alert.clock.RepatriationClock;
import org.casealert.alert.corridor.Contribution;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;

/**
 * What a case adds to its corridor's batch: every open case held at the border, or with a transfer scheduled,
 * counts for as long as it is held there. Since 2020 people have been held at the border for months and then
 * returned together (9 October 2023, 26 April 2024), so a case that began long ago counts as much as a new one.
 */
@ApplicationScoped
public class BatchMembership {

    private final RepatriationClock clock;

    BatchMembership(RepatriationClock clock) {
        this.clock = clock;
    }

    /** What the case counts for now. */
    public Contribution of(CaseFile file, List<CasePerson> people, Instant now) {
        boolean atBorder = file.stage == DetentionStage.BORDER_FACILITY
                || file.stage == DetentionStage.TRANSFER_SCHEDULED;
        if (!file.isOpen() || file.corridor == null || !atBorder) {
            return Contribution.NONE;
        }
        LocalDate firstReceivedOn = LocalDate.ofInstant(file.firstReceivedAt, ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return new Contribution(file.corridor, people.size(),
                (int) people.stream().filter(person -> person.sex == Sex.FEMALE).count(),
                (int) people.stream().filter(person -> CaseEvaluator.isMinor(person, today.getYear())).count(),
                clock.deadline(file.stage, file.since, firstReceivedOn, file.transferExpectedOn));
    }

    /** What the case was last counted for. */
    public static Contribution counted(CaseFile file) {
        return file.countedCorridor == null ? Contribution.NONE
                : new Contribution(file.countedCorridor, file.countedPeople, file.countedWomen,
                        file.countedMinors, file.countedDeadline);
    }

    public static void record(CaseFile file, Contribution contribution) {
        file.countedCorridor = contribution.corridor();
        file.countedPeople = contribution.people();
        file.countedWomen = contribution.women();
        file.countedMinors = contribution.minors();
        file.countedDeadline = contribution.deadline();
    }
}
