package org.casealert.alert.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.casealert.events.CaseStatus;
import org.casealert.events.DetentionStage;

/** An operator's update of a case; {@code since} (an addition to the contract) dates a new stage. */
public record StatusChange(DetentionStage stage, CaseStatus status, LocalDate since, @Size(max = 2_000) String note) {
}
