package org.casealert.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A hotline's report as it travels from intake to the alert service. Personal data (names, aliases,
 * hometown, notes, narrative) is only present sealed; people are matched through keyed name hashes.
 */
public record DetentionReported(
        UUID eventId,
        String type,
        Instant occurredAt,
        int schemaVersion,
        String reportId,
        String hotlineId,
        String externalRef,
        Instant receivedAt,
        Instant observedAt,
        Source source,
        List<Detainee> detainees,
        Detention detention,
        Set<RiskFactor> riskFactors,
        Consent consent,
        String sealedNarrative) {

    public static final String TYPE = "DetentionReported";
    public static final int SCHEMA_VERSION = 1;

    public static DetentionReported of(UUID eventId, Instant occurredAt, String reportId, String hotlineId,
            String externalRef, Instant receivedAt, Instant observedAt, Source source, List<Detainee> detainees,
            Detention detention, Set<RiskFactor> riskFactors, Consent consent, String sealedNarrative) {
        return new DetentionReported(eventId, TYPE, occurredAt, SCHEMA_VERSION, reportId, hotlineId, externalRef,
                receivedAt, observedAt, source, detainees, detention, riskFactors, consent, sealedNarrative);
    }

    public record Source(SourceKind kind, Reliability reliability) {
    }

    /**
     * One detained person. {@code nameHashes} are keyed hashes of every folded form of the person's
     * names; {@code hometownHash} a keyed hash of the folded hometown; {@code sealedPersonal} the
     * encrypted {@link PersonalDetails}.
     */
    public record Detainee(
            int index,
            Sex sex,
            Integer birthYear,
            Boolean pregnant,
            boolean unnamed,
            List<String> nameHashes,
            String hometownHash,
            String sealedPersonal) {
    }

    public record Detention(
            DetentionStage stage,
            LocalDate since,
            String facility,
            String city,
            String province,
            LocalDate transferExpectedOn) {
    }
}
