package org.casealert.events;

/** How urgently a case needs action, lowest first. */
public enum Level {
    WATCH,
    URGENT,
    IMMINENT;

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }

    public Level raisedByOne() {
        return this == WATCH ? URGENT : IMMINENT;
    }
}
