package org.casealert.intake.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.casealert.events.ConsentGiver;
import org.casealert.events.DetentionStage;
import org.casealert.events.Reliability;
import org.casealert.events.RiskFactor;
import org.casealert.events.Sex;
import org.casealert.events.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A detention report as a hotline posts it (the contract's {@code POST /api/v1/reports} body). */
@Schema(name = "ReportRequest", description = "What a hotline learned about people detained in China")
public record ReportRequest(
        @Size(max = 64) @Schema(examples = "HL-2026-0042") String externalRef,
        @NotFarAhead @Plausible @Schema(description = "When the facts were observed; default now; at most 5 minutes ahead") Instant observedAt,
        @NotNull @Valid Source source,
        @NotNull @Size(min = 1, max = 200) @Schema(description = "1 to 200 people. Their names travel as keyed hashes of every reading they fold to; by default a person may have at most 64 readings, a report at most 4000, and the report's event at most 900 KiB, else 422") List<@NotNull @Valid Detainee> detainees,
        @NotNull @Valid Detention detention,
        Set<@NotNull RiskFactor> riskFactors,
        @Valid Consent consent,
        @Size(max = 10_000) String narrative) {

    public record Source(@NotNull SourceKind kind, @NotNull Reliability reliability) {
    }

    /** One person; known by at least one name or alias, or explicitly unnamed. */
    @Identifiable
    public record Detainee(
            @Size(max = 200) @Schema(examples = "Kim Ok-sun") String name,
            @Size(max = 200) @Schema(examples = "김옥순") String nameHangul,
            @Size(max = 10) List<@NotNull @Size(max = 200) String> aliases,
            @Schema(description = "true when nobody knows the name") Boolean unnamed,
            Sex sex,
            @Min(1900) @Max(9999) @YearNotAhead Integer birthYear,
            @Size(max = 200) String hometown,
            Boolean pregnant,
            @Size(max = 2_000) String notes) {

        public List<String> aliasesOrEmpty() {
            return aliases == null ? List.of() : aliases;
        }

        public Sex sexOrUnknown() {
            return sex == null ? Sex.UNKNOWN : sex;
        }

        public boolean isUnnamed() {
            return Boolean.TRUE.equals(unnamed);
        }
    }

    public record Detention(
            @NotNull DetentionStage stage,
            @DateNotAhead @Plausible LocalDate since,
            @Size(max = 200) @Schema(examples = "Yanji PSB detention house") String facility,
            @Size(max = 200) @Schema(examples = "Yanji") String city,
            @Size(max = 200) @ChineseProvince @Schema(description = "A Chinese province", examples = "Jilin") String province,
            @Plausible LocalDate transferExpectedOn) {
    }

    /**
     * Per kind of recipient: {@code true} granted, {@code false} refused, absent not given. Only the person, the
     * family or a legal representative can consent; without {@code givenBy}, a FAMILY or DETAINEE source is
     * taken to answer for itself, and any other source's yes counts for nothing (its no still counts).
     */
    @Schema(name = "Consent")
    public record Consent(
            @Schema(description = "UN human-rights mechanisms: special procedures, WGAD, WGEID") Boolean appealsToUn,
            @Schema(description = "UNHCR") Boolean appealsToUnhcr,
            @Schema(description = "the governments of the Republic of Korea and the United States") Boolean appealsToGovernments,
            Boolean publicAdvocacy,
            @Schema(description = "who answered: DETAINEE, FAMILY or LEGAL_REPRESENTATIVE") ConsentGiver givenBy) {
    }

    public Set<RiskFactor> riskFactorsOrEmpty() {
        return riskFactors == null ? Set.of() : riskFactors;
    }
}
