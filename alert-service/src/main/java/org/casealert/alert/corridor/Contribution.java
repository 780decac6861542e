package org.casealert.alert.corridor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one case adds to its corridor's counts: an open case held at the border (or with a transfer scheduled)
 * counts in its corridor for as long as it is held there, however long ago its border stage began.
 */
public record Contribution(String corridor, int people, int women, int minors, LocalDate deadline) {

    public static final Contribution NONE = new Contribution(null, 0, 0, 0, null);

    public boolean counts() {
        return corridor != null;
    }

    /** Whether the corridor's counts must change when a case's contribution goes from this to {@code next}. */
    public boolean differsFrom(Contribution next) {
        return !Objects.equals(corridor, next.corridor) || people != next.people || women != next.women
                || minors != next.minors || !Objects.equals(deadline, next.deadline);
    }
}
