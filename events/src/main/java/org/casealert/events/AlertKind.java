package org.casealert.events;

public enum AlertKind {
    RAISED,
    ESCALATED,
    DEESCALATED,
    UPDATED,
    /** An IMMINENT case without news: for operators and advocates, never a letter to an institution. */
    REMINDER,
    RESOLVED,
    REPATRIATED,
    /** The case was folded into another ({@code mergedIntoReference}) and is followed there. */
    MERGED,
    /** Consent or the appeal summary changed: no new letter; pending letters are checked again. */
    AMENDED
}
