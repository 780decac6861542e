package org.casealert.alert.rules;

import java.time.LocalDate;
import java.util.Set;

import org.casealert.events.DetentionStage;
import org.casealert.events.RiskFactor;

/** What the rules look at: the case's current facts, without names. */
public record CaseFacts(
        DetentionStage stage,
        LocalDate since,
        LocalDate firstReceivedOn,
        LocalDate transferExpectedOn,
        String facility,
        String province,
        String corridor,
        Set<RiskFactor> riskFactors,
        boolean anyPregnant,
        int minors) {

    /** When the current stage began: {@code since}, or the first report's day. */
    public LocalDate stageBegan() {
        return since != null ? since : firstReceivedOn;
    }
}
