package org.casealert.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Cases held at the border of one crossing in numbers that mean a group handover is being assembled.
 * Every alert of a case in the batch carries it, so receivers can group alerts by {@code id}.
 */
public record CorridorBatch(
        String id,
        String corridor,
        int cases,
        int people,
        int women,
        int minors,
        LocalDate earliestDeadline,
        Instant formedAt) {
}
