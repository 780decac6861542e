package org.casealert.events;

import java.util.List;
import java.util.Set;

/** Everything personal about a case; only ever sent sealed, to recipients entitled to it. */
public record CaseParticulars(List<Detainee> detainees, List<String> narratives, Set<RiskFactor> riskFactors) {

    public record Detainee(String name, String nameHangul, List<String> aliases, Sex sex, Integer birthYear,
            String hometown, Boolean pregnant, String notes) {
    }
}
