package org.casealert.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the alert service tells the world about a case. {@code case} is the pseudonymised view that
 * anyone entitled to alerts may see; {@code sealedParticulars} the encrypted {@link CaseParticulars}
 * for recipients entitled to full disclosure.
 */
public record CaseAlert(
        UUID eventId,
        String type,
        Instant occurredAt,
        int schemaVersion,
        AlertKind kind,
        Level previousLevel,
        @JsonProperty("case") CaseSummary caseSummary,
        Consent consent,
        String sealedParticulars) {

    public static final String TYPE = "CaseAlert";
    public static final int SCHEMA_VERSION = 1;

    public static CaseAlert of(UUID eventId, Instant occurredAt, AlertKind kind, Level previousLevel,
            CaseSummary caseSummary, Consent consent, String sealedParticulars) {
        return new CaseAlert(eventId, TYPE, occurredAt, SCHEMA_VERSION, kind, previousLevel, caseSummary, consent,
                sealedParticulars);
    }

    /** The same alert with nothing personal in it, not even sealed: what advocates receive. */
    public CaseAlert withoutParticulars() {
        return new CaseAlert(eventId, type, occurredAt, schemaVersion, kind, previousLevel, caseSummary, consent, null);
    }
}
