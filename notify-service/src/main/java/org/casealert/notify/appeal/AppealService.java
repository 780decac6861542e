package org.casealert.notify.appeal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.casealert.events.CaseAlert;
import org.casealert.events.CaseParticulars;
import org.casealert.events.EventCodec;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.events.http.ProblemException;
import org.casealert.notify.delivery.DeliveriesWritten;
import org.casealert.notify.delivery.Delivery;
import org.casealert.notify.delivery.DeliverySent;

/**
 * Appeals: one per (alert, recipient) at or above the recipient's level. Names go only to recipients
 * with full disclosure; a recipient that requires consent gets nothing without it (BLOCKED, with the
 * reason); a recipient that requires approval gets a DRAFT an operator must approve.
 */
@ApplicationScoped
public class AppealService {

    static final String NO_CONSENT = "the people concerned or their families have not consented to appeals to this recipient";

    private final AppealRenderer renderer;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final Event<DeliveriesWritten> deliveriesWritten;

    AppealService(AppealRenderer renderer, PersonalDataCipher cipher, Clock clock,
            Event<DeliveriesWritten> deliveriesWritten) {
        this.renderer = renderer;
        this.cipher = cipher;
        this.clock = clock;
        this.deliveriesWritten = deliveriesWritten;
    }

    /** Called in the transaction that records the alert. */
    public void appealsFor(CaseAlert alert, Instant now) {
        List<Recipient> recipients = Recipient.list("active", true);
        CaseParticulars particulars = null;
        for (Recipient recipient : recipients) {
            if (!alert.caseSummary().level().atLeast(recipient.minLevel)) {
                continue;
            }
            if (recipient.disclosure == Recipient.Disclosure.FULL && particulars == null) {
                particulars = EventCodec.read(cipher.open(alert.sealedParticulars(),
                        SealContext.caseParticulars(alert.eventId().toString())), CaseParticulars.class);
            }
            create(alert, recipient, recipient.disclosure == Recipient.Disclosure.FULL ? particulars : null, now);
        }
    }

    private void create(CaseAlert alert, Recipient recipient, CaseParticulars particulars, Instant now) {
        String caseId = alert.caseSummary().id();
        // a blocked appeal never reached the recipient: a later letter must not refer to it
        Appeal first = Appeal.find("caseId = ?1 and recipientId = ?2 and status <> ?3 order by sequence", caseId,
                recipient.id, Appeal.Status.BLOCKED).firstResult();
        int sequence = (int) Appeal.count("caseId = ?1 and recipientId = ?2 and status <> ?3", caseId, recipient.id,
                Appeal.Status.BLOCKED) + 1;
        LocalDate firstDate = LocalDate.ofInstant(first == null ? alert.occurredAt() : first.createdAt, ZoneOffset.UTC);
        AppealRenderer.Rendered rendered = renderer.render(alert, recipient, particulars, sequence, firstDate);
        Appeal appeal = new Appeal();
        appeal.id = UUID.randomUUID().toString();
        appeal.alertId = alert.eventId();
        appeal.caseId = caseId;
        appeal.caseReference = alert.caseSummary().reference();
        appeal.recipientId = recipient.id;
        appeal.sequence = sequence;
        appeal.language = recipient.language;
        appeal.subjectSealed = cipher.seal(rendered.subject(), subjectContext(appeal.id));
        appeal.bodySealed = cipher.seal(rendered.body(), bodyContext(appeal.id));
        appeal.createdAt = now;
        if (recipient.requiresConsent && (alert.consent() == null || !alert.consent().grants(recipient.consentPurpose()))) {
            appeal.status = Appeal.Status.BLOCKED;
            appeal.blockedReason = NO_CONSENT;
        } else if (recipient.requiresApproval) {
            appeal.status = Appeal.Status.DRAFT;
        } else {
            appeal.status = Appeal.Status.APPROVED;
            appeal.approvedAt = now;
            appeal.approvedBy = "automatic";
            deliveryFor(appeal, recipient, now);
        }
        appeal.persist();
    }

    @Transactional
    public Appeal approve(String appealId, String operator) {
        Appeal appeal = Appeal.findById(appealId);
        if (appeal == null) {
            throw ProblemException.notFound("appeal " + appealId);
        }
        if (appeal.status == Appeal.Status.BLOCKED) {
            throw ProblemException.conflict("a blocked appeal cannot be approved: " + appeal.blockedReason);
        }
        if (appeal.status != Appeal.Status.DRAFT) {
            return appeal;
        }
        Recipient recipient = Recipient.findById(appeal.recipientId);
        if (!recipient.active || recipient.address == null) {
            throw ProblemException.conflict("the recipient is inactive or has no address");
        }
        Instant now = clock.instant();
        appeal.status = Appeal.Status.APPROVED;
        appeal.approvedAt = now;
        appeal.approvedBy = operator;
        deliveryFor(appeal, recipient, now);
        deliveriesWritten.fire(new DeliveriesWritten());
        return appeal;
    }

    /** An appeal whose delivery the recipient accepted is SENT: only sent letters count for follow-ups. */
    void onSent(@Observes DeliverySent sent) {
        if (sent.purpose() == Delivery.Purpose.APPEAL) {
            Appeal.update("status = ?1, sentAt = ?2 where alertId = ?3 and recipientId = ?4", Appeal.Status.SENT,
                    sent.sentAt(), sent.alertId(), sent.targetId());
        }
    }

    public String subject(Appeal appeal) {
        return cipher.open(appeal.subjectSealed, subjectContext(appeal.id));
    }

    public String body(Appeal appeal) {
        return cipher.open(appeal.bodySealed, bodyContext(appeal.id));
    }

    private static void deliveryFor(Appeal appeal, Recipient recipient, Instant now) {
        Delivery.of(Delivery.Purpose.APPEAL, appeal.alertId, appeal.caseId, Delivery.TargetType.RECIPIENT, recipient.id,
                recipient.channel, now).persist();
    }

    private static String subjectContext(String appealId) {
        return "appeal:" + appealId + ":subject";
    }

    private static String bodyContext(String appealId) {
        return "appeal:" + appealId + ":body";
    }
}
