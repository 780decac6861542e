package org.casealert.events;

/** Where a detained person is on the path from arrest to handover. */
public enum DetentionStage {
    ARRESTED,
    LOCAL_CUSTODY,
    BORDER_FACILITY,
    TRANSFER_SCHEDULED,
    REPATRIATED,
    RELEASED,
    UNKNOWN;

    /** Whether the person is, as far as reported, still held in China. */
    public boolean inCustody() {
        return this == ARRESTED || this == LOCAL_CUSTODY || this == BORDER_FACILITY || this == TRANSFER_SCHEDULED;
    }
}
