package org.casealert.alert.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casealert.alert.clock.RepatriationClock;
import org.casealert.events.CaseSummary.Reason;
import org.casealert.events.DetentionStage;
import org.casealert.events.Level;
import org.casealert.events.RiskFactor;

/**
 * The contract's levels. IMMINENT: at a border facility or with a transfer scheduled, a transfer
 * expected within 7 days, the clock's deadline within 72 hours or past, or a corridor batch. URGENT:
 * arrested or in local custody, or any aggravating factor (risk factors, pregnancy, a minor). WATCH:
 * anything else open. An active risk window for the case's province raises the level by one.
 */
public final class LevelRules {

    private final RepatriationClock clock;
    private final int transferWithinDays;

    public LevelRules(RepatriationClock clock, int transferWithinDays) {
        this.clock = clock;
        this.transferWithinDays = transferWithinDays;
    }

    /**
     * @param corridorBatch whether a batch is being assembled in the case's corridor
     * @param riskWindow the name of an active risk window covering the case's province, if any
     */
    public Decision decide(CaseFacts facts, Instant now, boolean corridorBatch, Optional<String> riskWindow) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate deadline = clock.deadline(facts.stage(), facts.since(), facts.firstReceivedOn(),
                facts.transferExpectedOn());
        List<Reason> imminent = new ArrayList<>();
        List<Reason> urgent = new ArrayList<>();

        switch (facts.stage()) {
            case BORDER_FACILITY -> imminent.add(new Reason("BORDER_FACILITY", "Held at a border detention facility"
                    + at(facts.facility()) + ", where people are kept until the next handover."));
            case TRANSFER_SCHEDULED -> imminent.add(new Reason("TRANSFER_SCHEDULED",
                    "A transfer to North Korea is scheduled" + at(facts.facility()) + "."));
            case ARRESTED -> urgent.add(new Reason("ARRESTED",
                    "Arrested" + at(facts.facility()) + "; people arrested are usually moved to the border within weeks."));
            case LOCAL_CUSTODY -> urgent.add(new Reason("LOCAL_CUSTODY", "In local police custody" + at(facts.facility())
                    + "; interrogation precedes the move to a border facility."));
            default -> {
            }
        }
        if (facts.transferExpectedOn() != null && !facts.transferExpectedOn().isAfter(today.plusDays(transferWithinDays))) {
            imminent.add(new Reason(ReasonCodes.TRANSFER_EXPECTED,
                    "The handover is expected on " + facts.transferExpectedOn() + "."));
        }
        if (facts.stage().inCustody() && clock.runsOut(deadline, now)) {
            imminent.add(new Reason(ReasonCodes.DEADLINE, deadline.isBefore(today)
                    ? "The expected handover date, " + deadline + ", has passed: the handover may happen any day."
                    : "The expected handover date, " + deadline + ", is less than "
                            + clock.imminentWithin().toHours() + " hours away."));
        }
        if (corridorBatch && (facts.stage() == DetentionStage.ARRESTED || facts.stage() == DetentionStage.LOCAL_CUSTODY)) {
            imminent.add(new Reason(ReasonCodes.CORRIDOR_BATCH, "Several cases are at the border in the "
                    + facts.corridor() + " corridor: a group handover is being assembled and may take this case along."));
        }
        for (RiskFactor factor : facts.riskFactors()) {
            urgent.add(new Reason(factor.name(), RiskFactorTexts.text(factor)));
        }
        if (facts.anyPregnant()) {
            urgent.add(new Reason(ReasonCodes.PREGNANT,
                    "A detainee is pregnant; forced abortion and infanticide are reported after return."));
        }
        if (facts.minors() > 0) {
            urgent.add(new Reason(ReasonCodes.MINOR, facts.minors() == 1 ? "A detainee is under 18."
                    : facts.minors() + " detainees are under 18."));
        }

        Level level = !imminent.isEmpty() ? Level.IMMINENT : !urgent.isEmpty() ? Level.URGENT : Level.WATCH;
        List<Reason> reasons = new ArrayList<>(imminent);
        reasons.addAll(urgent);
        if (reasons.isEmpty()) {
            reasons.add(new Reason(ReasonCodes.NO_CUSTODY_SIGN,
                    "No report places the people in custody yet; watching for news."));
        }
        if (riskWindow.isPresent() && level != Level.IMMINENT) {
            level = level.raisedByOne();
            reasons.add(new Reason(ReasonCodes.RISK_WINDOW, "Risk window \"" + riskWindow.get() + "\" is active in "
                    + facts.province() + ": mass repatriations have followed such events."));
        }
        return new Decision(level, deadline, List.copyOf(reasons));
    }

    private static String at(String facility) {
        return facility == null ? "" : " (" + facility + ")";
    }
}
