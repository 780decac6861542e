package org.casealert.notify.appeal;

import java.util.Set;
import java.util.stream.Collectors;

import org.casealert.events.CaseParticulars;
import org.casealert.events.ConsentPurpose;

/** The people of a case whose own consent covers a purpose, by what identifies them across alerts. */
public final class ConsentedPeople {

    private ConsentedPeople() {
    }

    public static Set<String> of(CaseParticulars particulars, ConsentPurpose purpose) {
        if (particulars == null || particulars.detainees() == null) {
            return Set.of();
        }
        return particulars.detainees().stream().filter(detainee -> detainee.consentOrNone().grants(purpose))
                .map(detainee -> detainee.name() + "|" + detainee.nameHangul() + "|" + detainee.aliases() + "|"
                        + detainee.birthYear())
                .collect(Collectors.toSet());
    }

    /** Whether someone who consented in {@code before} no longer does in {@code now}. */
    public static boolean withdrawn(CaseParticulars before, CaseParticulars now, ConsentPurpose purpose) {
        return !of(now, purpose).containsAll(of(before, purpose));
    }
}
