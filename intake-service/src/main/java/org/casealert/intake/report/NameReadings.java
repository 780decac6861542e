package org.casealert.intake.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.casealert.events.names.NameFolding;

/** The folded readings of a person's names, each of which travels as one keyed hash; none for the unnamed. */
public final class NameReadings {

    private NameReadings() {
    }

    public static Set<String> of(ReportRequest.Detainee detainee) {
        Set<String> folded = new TreeSet<>();
        if (detainee.isUnnamed()) {
            return folded;
        }
        List<String> names = new ArrayList<>(detainee.aliasesOrEmpty());
        names.add(detainee.name());
        names.add(detainee.nameHangul());
        names.stream().filter(name -> name != null && !name.isBlank()).forEach(name -> folded.addAll(NameFolding.fold(name)));
        return folded;
    }
}
