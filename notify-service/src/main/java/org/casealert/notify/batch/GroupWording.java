package org.casealert.notify.batch;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.notify.appeal.LetterDates;
import org.casealert.notify.appeal.Phrases;

/** What letters and digests say of a group's crossing and of when its people may be handed over. */
@ApplicationScoped
class GroupWording {

    private final Phrases phrases;

    GroupWording(Phrases phrases) {
        this.phrases = phrases;
    }

    /** "Tumen (China) – Onsong (DPRK)"; a corridor without a phrase is printed as its code. */
    String crossing(String language, String corridor) {
        return phrases.getOr(language, "crossing." + corridor, corridor);
    }

    /**
     * The earliest handover date of the group, as a possibility and never as a fact: the dates are sources'
     * reports or estimates by typical timelines, and one that has passed is said to have passed.
     */
    String handover(String language, LocalDate earliest, LocalDate today) {
        if (earliest == null) {
            return phrases.get(language, "group.handover.unknown");
        }
        String key = earliest.isBefore(today) ? "group.handover.passed" : "group.handover.ahead";
        return phrases.format(language, key, Map.of("date", LetterDates.format(language, earliest)));
    }
}
