package org.casealert.notify.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.notify.appeal.Recipient;
import org.casealert.notify.delivery.Delivery;

/**
 * A round's letters: one per active institution that has cases to be told of, i.e. those at or above its level
 * that joined the group since its last approved letter. A draft of an earlier round that was never approved is
 * superseded (the new letter tells of its cases too). A recipient that requires consent gets a letter only when
 * someone listed consented to letters to it (BLOCKED otherwise); one that requires approval gets a DRAFT.
 */
@ApplicationScoped
class GroupLetters {

    static final String CONSENT_WITHDRAWN = "consent withdrawn: a person this letter may name no longer consents to letters to this recipient";
    static final String NO_CONSENT = "none of the people listed or their families have consented to appeals to this recipient";

    private final GroupLetterRenderer renderer;
    private final PersonalDataCipher cipher;

    GroupLetters(GroupLetterRenderer renderer, PersonalDataCipher cipher) {
        this.renderer = renderer;
        this.cipher = cipher;
    }

    void write(AppealGroup group, int round, List<CaseInGroup> cases, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (Recipient recipient : Recipient.<Recipient> list("active", true)) {
            List<GroupLetter> earlier = GroupLetter.list("batchId = ?1 and recipientId = ?2 order by roundNumber",
                    group.batchId, recipient.id);
            List<GroupLetter> approved = earlier.stream().filter(GroupLetter::counts).toList();
            int told = approved.isEmpty() ? 0 : approved.get(approved.size() - 1).roundNumber;
            List<CaseInGroup> listed = cases.stream()
                    .filter(grouped -> grouped.after(told) && grouped.summary().level().atLeast(recipient.minLevel))
                    .toList();
            if (listed.isEmpty()) {
                continue;
            }
            earlier.stream().filter(letter -> letter.status == GroupLetter.Status.DRAFT)
                    .forEach(letter -> letter.status = GroupLetter.Status.SUPERSEDED);
            GroupLetterRenderer.Earlier before = new GroupLetterRenderer.Earlier(approved.size(),
                    approved.isEmpty() ? null : date(approved.get(0)),
                    approved.isEmpty() ? null : date(approved.get(approved.size() - 1)));
            GroupLetterRenderer.Rendered rendered = renderer.render(group, recipient, listed, cases.size(), before, today);
            create(group, round, recipient, listed.size(), before.sequence() + 1, rendered, now);
        }
    }

    private void create(AppealGroup group, int round, Recipient recipient, int listed, int sequence,
            GroupLetterRenderer.Rendered rendered, Instant now) {
        GroupLetter letter = new GroupLetter();
        letter.id = UUID.randomUUID().toString();
        letter.batchId = group.batchId;
        letter.roundNumber = round;
        letter.recipientId = recipient.id;
        letter.sequence = sequence;
        letter.language = recipient.language;
        letter.subjectSealed = cipher.seal(rendered.subject(), subjectContext(letter.id));
        letter.bodySealed = cipher.seal(rendered.body(), bodyContext(letter.id));
        letter.listedCases = listed;
        letter.namedPeople = rendered.named();
        letter.createdAt = now;
        if (recipient.requiresConsent && rendered.consenting() == 0) {
            letter.status = GroupLetter.Status.BLOCKED;
            letter.blockedReason = NO_CONSENT;
        } else if (recipient.requiresApproval) {
            letter.status = GroupLetter.Status.DRAFT;
        } else {
            approve(letter, recipient, "automatic", now);
        }
        letter.persist();
    }

    /** Approves the letter and writes its one delivery. */
    static void approve(GroupLetter letter, Recipient recipient, String operator, Instant now) {
        letter.status = GroupLetter.Status.APPROVED;
        letter.approvedAt = now;
        letter.approvedBy = operator;
        Delivery.ofLetter(Delivery.Purpose.GROUP_APPEAL, letter.id, Delivery.TargetType.RECIPIENT, recipient.id,
                recipient.channel, now).persist();
    }

    String subject(GroupLetter letter) {
        return cipher.open(letter.subjectSealed, subjectContext(letter.id));
    }

    String body(GroupLetter letter) {
        return cipher.open(letter.bodySealed, bodyContext(letter.id));
    }

    private static LocalDate date(GroupLetter letter) {
        return LocalDate.ofInstant(letter.createdAt, ZoneOffset.UTC);
    }

    static String subjectContext(String letterId) {
        return "group-letter:" + letterId + ":subject";
    }

    static String bodyContext(String letterId) {
        return "group-letter:" + letterId + ":body";
    }
}
