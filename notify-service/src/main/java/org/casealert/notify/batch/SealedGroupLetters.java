package org.casealert.notify.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealedColumns;

/** Group letters, sealed with the alerts ring, for the re-seal job. */
@ApplicationScoped
class SealedGroupLetters extends SealedColumns {

    SealedGroupLetters() {
        super(Hop.ALERTS, "group_letter", "id", "subject_sealed", "body_sealed");
    }

    @Override
    public void reseal(String id, PersonalDataCipher ring) {
        GroupLetter letter = GroupLetter.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (letter != null) {
            letter.subjectSealed = ring.reseal(letter.subjectSealed, GroupLetters.subjectContext(letter.id));
            letter.bodySealed = ring.reseal(letter.bodySealed, GroupLetters.bodyContext(letter.id));
        }
    }
}
