package org.casealert.alert.rules;

import java.time.LocalDate;
import java.util.List;

import org.casealert.events.CaseSummary.Reason;
import org.casealert.events.Level;

/** A case's level, its expected handover date, and every reason that made the level. */
public record Decision(Level level, LocalDate deadline, List<Reason> reasons) {
}
