package org.casealert.events;

/** The answer to one question of consent. */
public enum ConsentAnswer {
    GRANTED,
    REFUSED,
    NOT_GIVEN;

    public static ConsentAnswer of(Boolean flag) {
        return flag == null ? NOT_GIVEN : flag ? GRANTED : REFUSED;
    }

    public Boolean flag() {
        return this == NOT_GIVEN ? null : this == GRANTED;
    }
}
