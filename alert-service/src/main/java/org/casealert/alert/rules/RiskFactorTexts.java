package org.casealert.alert.rules;

import org.casealert.events.RiskFactor;

/** Why each aggravating factor makes return more dangerous, in words an appeal can use. */
public final class RiskFactorTexts {

    private RiskFactorTexts() {
    }

    public static String text(RiskFactor factor) {
        return switch (factor) {
            case SOUTH_KOREA_CONTACT -> "Contact with South Koreans is punished as treason after return.";
            case RELIGIOUS_CONTACT -> "Contact with missionaries or churches is punished with political prison camp.";
            case ATTEMPTED_ROK -> "Trying to reach South Korea is punished far more harshly than crossing for food or work.";
            case TRAFFICKING_VICTIM -> "A victim of trafficking, exposed to further abuse in detention.";
            case PRIOR_REPATRIATION -> "Repeated escape brings heavier punishment.";
            case HEALTH_CRITICAL -> "In critical health; detention conditions threaten life.";
            case DISPATCHED_WORKER -> "A dispatched worker; protest or escape is treated as a political offence.";
        };
    }
}
