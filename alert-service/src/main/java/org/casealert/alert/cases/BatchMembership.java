package org.casealert.alert.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.alert.clock.RepatriationClock;
import org.casealert.alert.config.AlertConfig;
import org.casealert.alert.corridor.Contribution;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;

/**
 * What a case adds to its corridor's batch: an open case held at the border, or with a transfer
 * scheduled, counts while its border stage began within the batch window.
 */
@ApplicationScoped
public class BatchMembership {

    private final RepatriationClock clock;
    private final AlertConfig config;

    BatchMembership(RepatriationClock clock, AlertConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** What the case counts for now. */
    public Contribution of(CaseFile file, List<CasePerson> people, Instant now) {
        boolean atBorder = file.stage == DetentionStage.BORDER_FACILITY
                || file.stage == DetentionStage.TRANSFER_SCHEDULED;
        if (!file.isOpen() || file.corridor == null || !atBorder) {
            return Contribution.NONE;
        }
        LocalDate firstReceivedOn = LocalDate.ofInstant(file.firstReceivedAt, ZoneOffset.UTC);
        LocalDate began = file.since != null ? file.since : firstReceivedOn;
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate until = began.plusDays(config.batch().withinDays());
        if (until.isBefore(today)) {
            return Contribution.NONE;
        }
        return new Contribution(file.corridor, until, people.size(),
                (int) people.stream().filter(person -> person.sex == Sex.FEMALE).count(),
                (int) people.stream().filter(person -> CaseEvaluator.isMinor(person, today.getYear())).count(),
                clock.deadline(file.stage, file.since, firstReceivedOn, file.transferExpectedOn));
    }

    /** What the case was last counted for. */
    public static Contribution counted(CaseFile file) {
        return file.countedCorridor == null ? Contribution.NONE
                : new Contribution(file.countedCorridor, file.countedUntil, file.countedPeople, file.countedWomen,
                        file.countedMinors, file.countedDeadline);
    }

    public static void record(CaseFile file, Contribution contribution) {
        file.countedCorridor = contribution.corridor();
        file.countedUntil = contribution.until();
        file.countedPeople = contribution.people();
        file.countedWomen = contribution.women();
        file.countedMinors = contribution.minors();
        file.countedDeadline = contribution.deadline();
    }
}
