package org.casealert.notify.escalation;

import java.time.Instant;

/**
 * A draft waiting for an operator's approval, as the escalation mail names it: the case reference (or the
 * corridor batch and round of a group letter) and the institution, never the letter's text, which may name people.
 */
record WaitingDraft(Kind kind, String id, String about, String recipient, Instant since) {

    enum Kind {
        APPEAL,
        GROUP_LETTER
    }

    String key() {
        return kind + "/" + id;
    }
}
