package org.casealert.notify.batch;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.CaseAlert;
import org.casealert.events.CaseParticulars;
import org.casealert.events.EventCodec;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.notify.delivery.ReceivedAlert;

/** The cases of a group, read from their latest alerts, in the order they joined. */
@ApplicationScoped
class GroupCases {

    private final PersonalDataCipher cipher;

    GroupCases(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** @param withParticulars open each case's sealed particulars (for letters that may name people) */
    List<CaseInGroup> of(String batchId, boolean withParticulars) {
        return GroupCase.<GroupCase> list("batchId = ?1 order by occurredAt, caseReference", batchId).stream()
                .map(member -> read(member, withParticulars)).toList();
    }

    private CaseInGroup read(GroupCase member, boolean withParticulars) {
        CaseAlert alert = ((ReceivedAlert) ReceivedAlert.findById(member.alertId)).alert();
        CaseParticulars particulars = withParticulars && alert.sealedParticulars() != null
                ? EventCodec.read(cipher.open(alert.sealedParticulars(),
                        SealContext.caseParticulars(alert.eventId().toString())), CaseParticulars.class)
                : null;
        return new CaseInGroup(member, alert.caseSummary(), alert.consent(), particulars);
    }
}
