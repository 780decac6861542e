package org.casealert.intake.report;

import java.time.Instant;

/** The answer to an accepted report. */
public record Receipt(String id, String status, Instant receivedAt) {

    public static Receipt received(Report report) {
        return new Receipt(report.id, "RECEIVED", report.receivedAt);
    }
}
