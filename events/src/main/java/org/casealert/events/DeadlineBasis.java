package org.casealert.events;

/** Where a case's expected handover date comes from. */
public enum DeadlineBasis {
    /** A source reported the date of the transfer. */
    REPORTED,
    /** The repatriation clock estimated it from typical timelines. */
    ESTIMATED
}
