package org.casealert.events;

public enum AlertKind {
    RAISED,
    ESCALATED,
    DEESCALATED,
    UPDATED,
    REMINDER,
    RESOLVED,
    REPATRIATED
}
