package org.casealert.events;

/** How far the hotline trusts its source. */
public enum Reliability {
    CONFIRMED,
    PROBABLE,
    UNVERIFIED
}
