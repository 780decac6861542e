package org.casealert.events;

/** Who told the hotline. */
public enum SourceKind {
    FAMILY,
    BROKER,
    WITNESS,
    DETAINEE,
    NGO_PARTNER,
    MEDIA,
    OTHER
}
