package org.casealert.events.audit;

/** What an audit entry records. Reads of personal data and the decisions that let it leave the system. */
public enum AuditAction {
    /** An operator opened a record's personal data: a report, a case, an appeal or group letter. */
    PARTICULARS_READ,
    APPEAL_APPROVED,
    APPEAL_REJECTED,
    GROUP_LETTER_APPROVED,
    RECIPIENT_CREATED,
    RECIPIENT_CHANGED,
    RECIPIENT_DEACTIVATED,
    /** A change of a recipient that waits for a second operator (four eyes). */
    RECIPIENT_CHANGE_REQUESTED,
    RECIPIENT_CHANGE_APPROVED,
    RECIPIENT_CHANGE_REJECTED,
    CONSENT_CHANGED,
    HOTLINE_KEY_ISSUED,
    HOTLINE_KEY_REVOKED,
    CASE_MERGED,
    CASE_STATUS_CHANGED,
    OUTBOX_MESSAGE_RETRIED
}
