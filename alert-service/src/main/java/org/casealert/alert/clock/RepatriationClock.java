package org.casealert.alert.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.casealert.events.DetentionStage;

/**
 * The expected handover date of a case: for people in local custody, {@code since} + 14 days; at a
 * border facility, {@code since} + 7 days; with a scheduled or expected transfer, that date. Without
 * {@code since}, the day the first report arrived stands in. A deadline counts from the start of its
 * day in UTC, the earliest a handover on that date can happen for us.
 */
public final class RepatriationClock {

    private final int custodyDays;
    private final int borderFacilityDays;
    private final Duration imminentWithin;

    public RepatriationClock(int custodyDays, int borderFacilityDays, Duration imminentWithin) {
        this.custodyDays = custodyDays;
        this.borderFacilityDays = borderFacilityDays;
        this.imminentWithin = imminentWithin;
    }

    /** The expected handover date, or {@code null} when the stage gives none (unknown, ended). */
    public LocalDate deadline(DetentionStage stage, LocalDate since, LocalDate firstReceivedOn,
            LocalDate transferExpectedOn) {
        if (!stage.inCustody() && stage != DetentionStage.UNKNOWN) {
            return null;
        }
        if (transferExpectedOn != null) {
            return transferExpectedOn;
        }
        LocalDate start = since != null ? since : firstReceivedOn;
        return switch (stage) {
            case ARRESTED, LOCAL_CUSTODY -> start.plusDays(custodyDays);
            case BORDER_FACILITY -> start.plusDays(borderFacilityDays);
            // scheduled without a date: it can happen any day now
            case TRANSFER_SCHEDULED -> start;
            default -> null;
        };
    }

    /** Whether the deadline is within the imminent window of {@code now}, or past. */
    public boolean runsOut(LocalDate deadline, Instant now) {
        return deadline != null && !now.plus(imminentWithin).isBefore(deadline.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public Duration imminentWithin() {
        return imminentWithin;
    }
}
