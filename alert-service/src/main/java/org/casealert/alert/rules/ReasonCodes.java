package org.casealert.alert.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casealert.events.CaseSummary.Reason;
import org.casealert.events.RiskFactor;

/**
 * The reason codes of decisions. The aggravating factors are exactly what would make punishment worse
 * if they reached the wrong hands, so the pseudonymised view replaces them (and pregnancy) with one
 * neutral reason; operators and full-disclosure recipients see them.
 */
public final class ReasonCodes {

    public static final String TRANSFER_EXPECTED = "TRANSFER_EXPECTED";
    public static final String DEADLINE = "DEADLINE";
    public static final String CORRIDOR_BATCH = "CORRIDOR_BATCH";
    public static final String PREGNANT = "PREGNANT";
    public static final String MINOR = "MINOR";
    public static final String RISK_WINDOW = "RISK_WINDOW";
    public static final String NO_CUSTODY_SIGN = "NO_CUSTODY_SIGN";
    public static final String AGGRAVATING_FACTORS = "AGGRAVATING_FACTORS";

    private static final Set<String> RESTRICTED = restricted();

    private ReasonCodes() {
    }

    /** The reasons as advocates may see them. */
    public static List<Reason> pseudonymised(List<Reason> reasons) {
        List<Reason> visible = new ArrayList<>();
        boolean restricted = false;
        for (Reason reason : reasons) {
            if (RESTRICTED.contains(reason.code())) {
                restricted = true;
            } else {
                visible.add(reason);
            }
        }
        if (restricted) {
            visible.add(new Reason(AGGRAVATING_FACTORS,
                    "Aggravating factors were reported that make punishment after return more likely; details are restricted."));
        }
        return visible;
    }

    private static Set<String> restricted() {
        Set<String> codes = new HashSet<>();
        EnumSet.allOf(RiskFactor.class).forEach(factor -> codes.add(factor.name()));
        codes.add(PREGNANT);
        return Set.copyOf(codes);
    }
}
