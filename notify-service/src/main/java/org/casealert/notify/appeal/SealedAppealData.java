package org.casealert.notify.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealedColumns;

/** Appeals and recipients' webhook secrets, sealed with the alerts ring, for the re-seal job. */
final class SealedAppealData {

    private SealedAppealData() {
    }

    @ApplicationScoped
    static class Appeals extends SealedColumns {

        Appeals() {
            super(Hop.ALERTS, "appeal", "id", "subject_sealed", "body_sealed");
        }

        @Override
        public void reseal(String id, PersonalDataCipher ring) {
            Appeal appeal = Appeal.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (appeal != null) {
                appeal.subjectSealed = ring.reseal(appeal.subjectSealed, AppealService.subjectContext(appeal.id));
                appeal.bodySealed = ring.reseal(appeal.bodySealed, AppealService.bodyContext(appeal.id));
            }
        }
    }

    @ApplicationScoped
    static class Recipients extends SealedColumns {

        Recipients() {
            super(Hop.ALERTS, "recipient", "id", "secret_sealed");
        }

        @Override
        public void reseal(String id, PersonalDataCipher ring) {
            Recipient recipient = Recipient.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (recipient != null) {
                recipient.secretSealed = ring.reseal(recipient.secretSealed, "recipient:" + recipient.id + ":secret");
            }
        }
    }
}
