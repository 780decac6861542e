package org.casealert.events;

public enum Sex {
    FEMALE,
    MALE,
    UNKNOWN
}
