package org.casealert.notify.batch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.casealert.events.audit.Actor;
import org.casealert.events.audit.AuditAction;
import org.casealert.events.audit.AuditLog;
import org.casealert.events.http.ProblemException;
import org.casealert.notify.appeal.Recipient;
import org.casealert.notify.delivery.DeliveriesWritten;
import org.casealert.notify.delivery.Delivery;
import org.casealert.notify.delivery.DeliverySent;

/** Group letters for operators: read them (audited), approve drafts; and what a sent letter or digest records. */
@ApplicationScoped
public class GroupLetterService {

    /** A group letter as operators read it, subject and body opened. */
    public record View(String id, String batchId, int round, String recipientId, String recipientName, int sequence,
            String language, String subject, String body, int listedCases, int namedPeople, GroupLetter.Status status,
            String blockedReason, Instant createdAt, Instant approvedAt, String approvedBy, Instant sentAt) {
    }

    private final GroupLetters letters;
    private final Clock clock;
    private final Event<DeliveriesWritten> deliveriesWritten;
    private final AuditLog audit;

    GroupLetterService(GroupLetters letters, Clock clock, Event<DeliveriesWritten> deliveriesWritten, AuditLog audit) {
        this.audit = audit;
        this.letters = letters;
        this.clock = clock;
        this.deliveriesWritten = deliveriesWritten;
    }

    @Transactional
    public List<View> list(String batchId, Actor operator) {
        List<GroupLetter> found = batchId == null || batchId.isBlank()
                ? GroupLetter.<GroupLetter> find("order by createdAt desc").page(0, 500).list()
                : GroupLetter.<GroupLetter> find("batchId = ?1 order by createdAt desc", batchId.strip()).page(0, 500)
                        .list();
        audit.recordEach(operator, AuditAction.PARTICULARS_READ, found.stream().map(letter -> letter.id).toList());
        return found.stream().map(this::view).toList();
    }

    @Transactional
    public View approve(String letterId, Actor operator) {
        GroupLetter letter = GroupLetter.findById(letterId);
        if (letter == null) {
            throw ProblemException.notFound("group letter " + letterId);
        }
        if (letter.status == GroupLetter.Status.BLOCKED) {
            throw ProblemException.conflict("a blocked letter cannot be approved: " + letter.blockedReason);
        }
        if (letter.status == GroupLetter.Status.SUPERSEDED) {
            throw ProblemException.conflict("a later letter to this recipient tells of the same cases: approve that one");
        }
        if (letter.status == GroupLetter.Status.DRAFT) {
            Recipient recipient = Recipient.findById(letter.recipientId);
            if (!recipient.active || recipient.address == null) {
                throw ProblemException.conflict("the recipient is inactive or has no address");
            }
            GroupLetters.approve(letter, recipient, operator.name(), clock.instant());
            audit.record(operator, AuditAction.GROUP_LETTER_APPROVED, letter.id, "batch " + letter.batchId);
            deliveriesWritten.fire(new DeliveriesWritten());
        }
        return view(letter);
    }

    /** Only sent letters are SENT. */
    void onSent(@Observes DeliverySent sent) {
        if (sent.purpose() == Delivery.Purpose.GROUP_APPEAL) {
            GroupLetter.update("status = ?1, sentAt = ?2 where id = ?3", GroupLetter.Status.SENT, sent.sentAt(),
                    sent.letterId());
        } else if (sent.purpose() == Delivery.Purpose.DIGEST) {
            GroupDigest.update("sentAt = ?1 where id = ?2", sent.sentAt(), sent.letterId());
        }
    }

    private View view(GroupLetter letter) {
        Recipient recipient = Recipient.findById(letter.recipientId);
        return new View(letter.id, letter.batchId, letter.roundNumber, letter.recipientId,
                recipient == null ? null : recipient.name, letter.sequence, letter.language, letters.subject(letter),
                letters.body(letter), letter.listedCases, letter.namedPeople, letter.status, letter.blockedReason,
                letter.createdAt, letter.approvedAt, letter.approvedBy, letter.sentAt);
    }
}
