package org.casealert.intake.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.http.Problem;
import org.casealert.events.http.ProblemException;
import org.casealert.intake.config.IntakeConfig;

/**
 * Keeps every accepted report's event small enough for Kafka: a report whose names fold to too many readings,
 * or whose event would be too large, is refused at submission (422), since once accepted its event would be
 * refused by Kafka and parked. The messages give counts and limits, never the names.
 */
@ApplicationScoped
public class ReportLimits {

    private final IntakeConfig.Limits limits;

    ReportLimits(IntakeConfig config) {
        this.limits = config.limits();
    }

    /** Checks the name readings, before anything is hashed, sealed or stored. */
    public void checkNames(ReportRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < request.detainees().size(); i++) {
            int readings = NameReadings.of(request.detainees().get(i)).size();
            total += readings;
            if (readings > limits.nameReadingsPerPerson()) {
                violations.add(new Problem.Violation("detainees[" + i + "]", "the names and aliases fold to " + readings
                        + " readings, over the limit of " + limits.nameReadingsPerPerson()
                        + " per person: leave out aliases that are only other spellings"));
            }
        }
        if (total > limits.nameReadingsPerReport()) {
            violations.add(new Problem.Violation("detainees", "the names fold to " + total + " readings, over the limit of "
                    + limits.nameReadingsPerReport() + " per report: report these people in several reports"));
        }
        if (!violations.isEmpty()) {
            throw refused(violations);
        }
    }

    /** Checks the event as it will be published. */
    public void checkEvent(String eventJson) {
        long size = eventJson.getBytes(StandardCharsets.UTF_8).length;
        long limit = limits.eventSize().asLongValue();
        if (size > limit) {
            throw refused(List.of(new Problem.Violation("detainees", "the report's event would be " + kib(size)
                    + " KiB, over the limit of " + kib(limit) + " KiB: report these people in several reports")));
        }
    }

    private static long kib(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private static ProblemException refused(List<Problem.Violation> violations) {
        return new ProblemException(422, "Unprocessable Content", "the request breaks " + violations.size() + " rule(s)",
                Map.of(), violations);
    }
}
