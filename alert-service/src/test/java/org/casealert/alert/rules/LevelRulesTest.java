package org.casealert.alert.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.casealert.alert.clock.RepatriationClock;
import org.casealert.events.CaseSummary.Reason;
import org.casealert.events.DetentionStage;
import org.casealert.events.Level;
import org.casealert.events.RiskFactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's levels and clock, scenario by scenario. Today is 2026-11-28, noon UTC; dates are
 * written as days from today. The clock: custody +14 days, border facility +7, a transfer date as is;
 * IMMINENT within 72 hours of the deadline (which counts from 00:00 UTC of its day).
 */
class LevelRulesTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    static final LevelRules RULES = new LevelRules(new RepatriationClock(14, 7, Duration.ofHours(72)), 7);

    /** A scenario's facts; {@code since}, {@code received} and {@code transfer} are days from today. */
    record Facts(DetentionStage stage, Integer since, int received, Integer transfer, Set<RiskFactor> risks,
            boolean pregnant, int minors, boolean batch, boolean window) {

        static Facts at(DetentionStage stage, Integer since) {
            return new Facts(stage, since, since == null ? 0 : since, null, Set.of(), false, 0, false, false);
        }

        Facts receivedOn(int days) {
            return new Facts(stage, since, days, transfer, risks, pregnant, minors, batch, window);
        }

        Facts transferOn(int days) {
            return new Facts(stage, since, received, days, risks, pregnant, minors, batch, window);
        }

        Facts withRisks(RiskFactor... factors) {
            return new Facts(stage, since, received, transfer, Set.of(factors), pregnant, minors, batch, window);
        }

        Facts withPregnancy() {
            return new Facts(stage, since, received, transfer, risks, true, minors, batch, window);
        }

        Facts withMinors(int count) {
            return new Facts(stage, since, received, transfer, risks, pregnant, count, batch, window);
        }

        Facts inBatch() {
            return new Facts(stage, since, received, transfer, risks, pregnant, minors, true, window);
        }

        Facts inWindow() {
            return new Facts(stage, since, received, transfer, risks, pregnant, minors, batch, true);
        }

        CaseFacts toCaseFacts() {
            EnumSet<RiskFactor> factors = risks.isEmpty() ? EnumSet.noneOf(RiskFactor.class) : EnumSet.copyOf(risks);
            return new CaseFacts(stage, since == null ? null : TODAY.plusDays(since), TODAY.plusDays(received),
                    transfer == null ? null : TODAY.plusDays(transfer), "Some facility", "Jilin", "TUMEN-ONSONG", factors,
                    pregnant, minors);
        }
    }

    static Stream<Arguments> scenarios() {
        DetentionStage arrested = DetentionStage.ARRESTED;
        DetentionStage custody = DetentionStage.LOCAL_CUSTODY;
        DetentionStage border = DetentionStage.BORDER_FACILITY;
        DetentionStage scheduled = DetentionStage.TRANSFER_SCHEDULED;
        DetentionStage unknown = DetentionStage.UNKNOWN;
        return Stream.of(
                row("arrested today", Facts.at(arrested, 0), Level.URGENT, 14, "ARRESTED"),
                row("arrested 5 days ago", Facts.at(arrested, -5), Level.URGENT, 9, "ARRESTED"),
                row("arrested 10 days ago: deadline in 3.5 days", Facts.at(arrested, -10), Level.URGENT, 4, "ARRESTED"),
                row("arrested 11 days ago: deadline within 72 hours", Facts.at(arrested, -11), Level.IMMINENT, 3,
                        "ARRESTED", "DEADLINE"),
                row("in custody 13 days", Facts.at(custody, -13), Level.IMMINENT, 1, "LOCAL_CUSTODY", "DEADLINE"),
                row("in custody 14 days: deadline today", Facts.at(custody, -14), Level.IMMINENT, 0, "LOCAL_CUSTODY",
                        "DEADLINE"),
                row("in custody 20 days: deadline passed", Facts.at(custody, -20), Level.IMMINENT, -6, "LOCAL_CUSTODY",
                        "DEADLINE"),
                row("in custody, since unknown, reported 2 days ago", Facts.at(custody, null).receivedOn(-2), Level.URGENT,
                        12, "LOCAL_CUSTODY"),
                row("in custody, since unknown, reported 12 days ago", Facts.at(custody, null).receivedOn(-12),
                        Level.IMMINENT, 2, "LOCAL_CUSTODY", "DEADLINE"),
                row("at the border since today", Facts.at(border, 0), Level.IMMINENT, 7, "BORDER_FACILITY"),
                row("at the border 3 days", Facts.at(border, -3), Level.IMMINENT, 4, "BORDER_FACILITY"),
                row("at the border 5 days: deadline near too", Facts.at(border, -5), Level.IMMINENT, 2,
                        "BORDER_FACILITY", "DEADLINE"),
                row("at the border, since unknown, reported yesterday", Facts.at(border, null).receivedOn(-1),
                        Level.IMMINENT, 6, "BORDER_FACILITY"),
                row("at the border 30 days: deadline long passed", Facts.at(border, -30), Level.IMMINENT, -23,
                        "BORDER_FACILITY", "DEADLINE"),
                row("transfer scheduled in 10 days", Facts.at(scheduled, -1).transferOn(10), Level.IMMINENT, 10,
                        "TRANSFER_SCHEDULED"),
                row("transfer scheduled, no date", Facts.at(scheduled, -1), Level.IMMINENT, -1, "TRANSFER_SCHEDULED",
                        "DEADLINE"),
                row("transfer scheduled in 2 days", Facts.at(scheduled, -3).transferOn(2), Level.IMMINENT, 2,
                        "TRANSFER_SCHEDULED", "TRANSFER_EXPECTED", "DEADLINE"),
                row("arrested, transfer expected in 5 days", Facts.at(arrested, 0).transferOn(5), Level.IMMINENT, 5,
                        "ARRESTED", "TRANSFER_EXPECTED"),
                row("arrested, transfer expected in 7 days", Facts.at(arrested, 0).transferOn(7), Level.IMMINENT, 7,
                        "ARRESTED", "TRANSFER_EXPECTED"),
                row("arrested, transfer expected in 8 days", Facts.at(arrested, 0).transferOn(8), Level.URGENT, 8,
                        "ARRESTED"),
                row("arrested, transfer expected 2 days ago", Facts.at(arrested, -3).transferOn(-2), Level.IMMINENT, -2,
                        "ARRESTED", "TRANSFER_EXPECTED", "DEADLINE"),
                row("in custody, transfer expected in 2 days", Facts.at(custody, -1).transferOn(2), Level.IMMINENT, 2,
                        "LOCAL_CUSTODY", "TRANSFER_EXPECTED", "DEADLINE"),
                row("stage unknown, nothing else", Facts.at(unknown, null), Level.WATCH, null, "NO_CUSTODY_SIGN"),
                row("stage unknown with a since: no clock", Facts.at(unknown, -20), Level.WATCH, null, "NO_CUSTODY_SIGN"),
                row("stage unknown, transfer expected in 3 days", Facts.at(unknown, null).transferOn(3), Level.IMMINENT, 3,
                        "TRANSFER_EXPECTED"),
                row("stage unknown, contact with South Koreans",
                        Facts.at(unknown, null).withRisks(RiskFactor.SOUTH_KOREA_CONTACT),
                        Level.URGENT, null, "SOUTH_KOREA_CONTACT"),
                row("stage unknown, religious contact", Facts.at(unknown, null).withRisks(RiskFactor.RELIGIOUS_CONTACT),
                        Level.URGENT, null, "RELIGIOUS_CONTACT"),
                row("stage unknown, tried to reach South Korea", Facts.at(unknown, null).withRisks(RiskFactor.ATTEMPTED_ROK),
                        Level.URGENT, null, "ATTEMPTED_ROK"),
                row("stage unknown, trafficked", Facts.at(unknown, null).withRisks(RiskFactor.TRAFFICKING_VICTIM),
                        Level.URGENT, null, "TRAFFICKING_VICTIM"),
                row("stage unknown, returned before", Facts.at(unknown, null).withRisks(RiskFactor.PRIOR_REPATRIATION),
                        Level.URGENT, null, "PRIOR_REPATRIATION"),
                row("stage unknown, health critical", Facts.at(unknown, null).withRisks(RiskFactor.HEALTH_CRITICAL),
                        Level.URGENT, null, "HEALTH_CRITICAL"),
                row("stage unknown, dispatched worker", Facts.at(unknown, null).withRisks(RiskFactor.DISPATCHED_WORKER),
                        Level.URGENT, null, "DISPATCHED_WORKER"),
                row("stage unknown, pregnant", Facts.at(unknown, null).withPregnancy(), Level.URGENT, null, "PREGNANT"),
                row("stage unknown, a minor", Facts.at(unknown, null).withMinors(1), Level.URGENT, null, "MINOR"),
                row("arrested, tried to reach South Korea, pregnant",
                        Facts.at(arrested, -1).withRisks(RiskFactor.ATTEMPTED_ROK).withPregnancy(), Level.URGENT, 13,
                        "ARRESTED",
                        "ATTEMPTED_ROK", "PREGNANT"),
                row("in custody with minors and pregnant", Facts.at(custody, -2).withPregnancy().withMinors(2), Level.URGENT,
                        12,
                        "LOCAL_CUSTODY", "PREGNANT", "MINOR"),
                row("at the border with aggravating factors",
                        Facts.at(border, -1).withRisks(RiskFactor.RELIGIOUS_CONTACT, RiskFactor.TRAFFICKING_VICTIM),
                        Level.IMMINENT, 6, "BORDER_FACILITY", "RELIGIOUS_CONTACT", "TRAFFICKING_VICTIM"),
                row("transfer scheduled, dispatched worker", Facts.at(scheduled, -1).transferOn(9)
                        .withRisks(RiskFactor.DISPATCHED_WORKER), Level.IMMINENT, 9, "TRANSFER_SCHEDULED", "DISPATCHED_WORKER"),
                row("in custody while a batch forms in the corridor", Facts.at(custody, -1).inBatch(), Level.IMMINENT, 13,
                        "LOCAL_CUSTODY", "CORRIDOR_BATCH"),
                row("arrested while a batch forms in the corridor", Facts.at(arrested, 0).inBatch(), Level.IMMINENT, 14,
                        "ARRESTED", "CORRIDOR_BATCH"),
                row("at the border while a batch forms: no batch reason", Facts.at(border, -1).inBatch(), Level.IMMINENT, 6,
                        "BORDER_FACILITY"),
                row("stage unknown while a batch forms: not in custody", Facts.at(unknown, null).inBatch(), Level.WATCH,
                        null, "NO_CUSTODY_SIGN"),
                row("stage unknown in a risk window", Facts.at(unknown, null).inWindow(), Level.URGENT, null,
                        "NO_CUSTODY_SIGN", "RISK_WINDOW"),
                row("arrested in a risk window", Facts.at(arrested, 0).inWindow(), Level.IMMINENT, 14, "ARRESTED",
                        "RISK_WINDOW"),
                row("at the border in a risk window: already imminent", Facts.at(border, 0).inWindow(), Level.IMMINENT, 7,
                        "BORDER_FACILITY"),
                row("repatriated: no clock", Facts.at(DetentionStage.REPATRIATED, -1), Level.WATCH, null,
                        "NO_CUSTODY_SIGN"),
                row("released: no clock", Facts.at(DetentionStage.RELEASED, -1), Level.WATCH, null, "NO_CUSTODY_SIGN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void decides(String name, Facts facts, Level level, Integer deadline, List<String> reasons) {
        Decision decision = RULES.decide(facts.toCaseFacts(), NOW, facts.batch(),
                facts.window() ? Optional.of("Asian Games aftermath") : Optional.empty());

        assertThat(decision.level()).isEqualTo(level);
        assertThat(decision.deadline()).isEqualTo(deadline == null ? null : TODAY.plusDays(deadline));
        assertThat(decision.reasons()).extracting(Reason::code).containsExactlyInAnyOrderElementsOf(reasons);
        assertThat(decision.reasons()).allSatisfy(reason -> assertThat(reason.text()).isNotBlank().endsWith("."));
    }

    @Test
    void thresholdsAreConfiguration() {
        LevelRules strict = new LevelRules(new RepatriationClock(10, 5, Duration.ofHours(120)), 10);
        Decision decision = strict.decide(Facts.at(DetentionStage.ARRESTED, -6).toCaseFacts(), NOW, false,
                Optional.empty());
        assertThat(decision.deadline()).isEqualTo(TODAY.plusDays(4));
        assertThat(decision.level()).isEqualTo(Level.IMMINENT);
        assertThat(decision.reasons()).extracting(Reason::code).contains("DEADLINE");
    }

    @Test
    void advocatesSeeAggravatingFactorsOnlyAsOneNeutralReason() {
        List<Reason> reasons = RULES.decide(Facts.at(DetentionStage.ARRESTED, 0)
                .withRisks(RiskFactor.RELIGIOUS_CONTACT, RiskFactor.ATTEMPTED_ROK).withPregnancy().withMinors(1).toCaseFacts(),
                NOW,
                false, Optional.empty()).reasons();
        assertThat(ReasonCodes.pseudonymised(reasons)).extracting(Reason::code)
                .containsExactlyInAnyOrder("ARRESTED", "MINOR", "AGGRAVATING_FACTORS");
        assertThat(ReasonCodes.pseudonymised(List.of(new Reason("ARRESTED", "Arrested.")))).extracting(Reason::code)
                .containsExactly("ARRESTED");
    }

    private static Arguments row(String name, Facts facts, Level level, Integer deadline, String... reasons) {
        return Arguments.of(name, facts, level, deadline, List.of(reasons));
    }
}
