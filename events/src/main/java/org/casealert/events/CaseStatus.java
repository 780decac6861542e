package org.casealert.events;

public enum CaseStatus {
    OPEN,
    SAFE,
    RELEASED,
    REPATRIATED,
    CLOSED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
