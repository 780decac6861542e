package org.casealert.alert.clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.alert.cases.CaseService;

import io.quarkus.scheduler.Scheduled;

/** Re-decides open cases as time passes, so a case becomes IMMINENT when its clock runs down without news. */
@ApplicationScoped
public class ClockTicker {

    private final CaseService cases;

    ClockTicker(CaseService cases) {
        this.cases = cases;
    }

    @Scheduled(every = "${alert.reevaluate-every:1m}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        cases.reevaluateOpenCases();
        cases.sendReminders();
    }
}
