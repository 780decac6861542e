package org.casealert.notify.batch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.casealert.events.http.ProblemException;
import org.casealert.notify.appeal.Recipient;
import org.casealert.notify.delivery.DeliveriesWritten;
import org.casealert.notify.delivery.Delivery;
import org.casealert.notify.delivery.DeliverySent;
import org.jboss.logging.Logger;

/** Group letters for operators: read them (audited), approve drafts; and what a sent letter or digest records. */
@ApplicationScoped
public class GroupLetterService {

    private static final Logger AUDIT = Logger.getLogger("casealert.audit");

    /** A group letter as operators read it, subject and body opened. */
    public record View(String id, String batchId, int round, String recipientId, String recipientName, int sequence,
            String language, String subject, String body, int listedCases, int namedPeople, GroupLetter.Status status,
            String blockedReason, Instant createdAt, Instant approvedAt, String approvedBy, Instant sentAt) {
    }

    private final GroupLetters letters;
    private final Clock clock;
    private final Event<DeliveriesWritten> deliveriesWritten;

    GroupLetterService(GroupLetters letters, Clock clock, Event<DeliveriesWritten> deliveriesWritten) {
        this.letters = letters;
        this.clock = clock;
        this.deliveriesWritten = deliveriesWritten;
    }

    @Transactional
    public List<View> list(String batchId, String operator) {
        List<GroupLetter> found = batchId == null || batchId.isBlank()
                ? GroupLetter.<GroupLetter> find("order by createdAt desc").page(0, 500).list()
                : GroupLetter.<GroupLetter> find("batchId = ?1 order by createdAt desc", batchId.strip()).page(0, 500)
                        .list();
        AUDIT.infof("%d group letter(s) opened by %s (batch %s)", found.size(), operator, batchId);
        return found.stream().map(this::view).toList();
    }

    @Transactional
    public View approve(String letterId, String operator) {
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
            GroupLetters.approve(letter, recipient, operator, clock.instant());
            AUDIT.infof("group letter %s approved by %s", letter.id, operator);
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
