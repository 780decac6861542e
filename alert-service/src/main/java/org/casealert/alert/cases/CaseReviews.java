package org.casealert.alert.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casealert.alert.config.AlertConfig;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseStatus;
import org.casealert.events.Level;

import io.quarkus.scheduler.Scheduled;

/**
 * The repatriation clock at work: re-decides the open cases whose review time has come (a day passed, a
 * deadline nears, a risk window opens or closes), lets cases whose border stage left the batch window stop
 * counting in their corridor's batch, and reminds of IMMINENT cases nobody has heard of for a while. Only
 * the cases due are read, so a tick costs what changed, not what is open.
 */
@ApplicationScoped
public class CaseReviews {

    private final CaseLocks locks;
    private final CaseDecisions decisions;
    private final CaseAlerts alerts;
    private final AlertConfig config;
    private final Clock clock;

    CaseReviews(CaseLocks locks, CaseDecisions decisions, CaseAlerts alerts, AlertConfig config, Clock clock) {
        this.locks = locks;
        this.decisions = decisions;
        this.alerts = alerts;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${alert.reevaluate-every}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runClock();
        sendReminders();
    }

    /** Re-decides the cases due for review; returns how many were looked at. */
    @Transactional
    public int runClock() {
        locks.allCases();
        Instant now = clock.instant();
        Map<String, TouchedCase> due = new LinkedHashMap<>();
        // a review time is never more than a day ahead: one further ahead was set by a clock since put back;
        // a case still counted in a corridor but no longer open is decided again, so that it stops counting
        List<CaseFile> files = CaseFile.list("""
                (status = ?1 and mergedInto is null
                  and (nextReviewAt is null or nextReviewAt <= ?2 or nextReviewAt > ?3))
                or (countedCorridor is not null and (status <> ?1 or mergedInto is not null)) order by createdAt""",
                CaseStatus.OPEN, now, now.plus(Duration.ofDays(1)));
        files.forEach(file -> due.put(file.id, new TouchedCase(file, CaseSnapshot.of(file))));
        decisions.finish(due.values(), now);
        return due.size();
    }

    /** Re-decides every open case now: risk windows changed. */
    @Transactional
    public int reviewAll() {
        locks.allCases();
        CaseFile.update("nextReviewAt = null where status = ?1 and mergedInto is null", CaseStatus.OPEN);
        return runClock();
    }

    /**
     * A REMINDER for each IMMINENT case with no news, and no alert, for the reminder interval; for a case in
     * prolonged detention, for the longer interval of its own. Reminders are for operators and advocates.
     */
    @Transactional
    public int sendReminders() {
        locks.allCases();
        Instant now = clock.instant();
        Instant quietSince = now.minus(config.reminderAfter());
        Instant longQuietSince = now.minus(config.prolongedReminderAfter());
        LocalDate prolongedBefore = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .minusDays(config.clock().prolongedAfterDays());
        List<CaseFile> quiet = CaseFile.<CaseFile> list(
                "status = ?1 and mergedInto is null and level = ?2 and lastNewsAt <= ?3 and (lastAlertAt is null or lastAlertAt <= ?3)",
                CaseStatus.OPEN, Level.IMMINENT, quietSince).stream()
                .filter(file -> !prolonged(file, prolongedBefore) || (!file.lastNewsAt.isAfter(longQuietSince)
                        && (file.lastAlertAt == null || !file.lastAlertAt.isAfter(longQuietSince))))
                .toList();
        for (CaseFile file : quiet) {
            alerts.write(file, AlertKind.REMINDER, file.level, now);
        }
        return quiet.size();
    }

    private static boolean prolonged(CaseFile file, LocalDate prolongedBefore) {
        LocalDate began = file.since != null ? file.since : LocalDate.ofInstant(file.firstReceivedAt, ZoneOffset.UTC);
        return file.stage.inCustody() && began.isBefore(prolongedBefore);
    }
}
