package org.casealert.notify.appeal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.CaseParticulars;
import org.casealert.events.CaseSummary;
import org.casealert.events.ConsentPurpose;
import org.casealert.events.EventCodec;
import org.casealert.events.audit.Actor;
import org.casealert.events.audit.AuditAction;
import org.casealert.events.audit.AuditLog;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.events.http.ProblemException;
import org.casealert.notify.delivery.DeliveriesWritten;
import org.casealert.notify.delivery.Delivery;
import org.casealert.notify.delivery.DeliverySent;
import org.casealert.notify.delivery.ReceivedAlert;

/**
 * Appeals: one per (alert, recipient) that the alert concerns. An appeal goes to recipients at or above their
 * level; the truth about a change of the case (merged, released, safe, closed) only to recipients that were
 * written to about it; the record of a return to the Special Rapporteur on the DPRK and WGEID, and to those written
 * to. A REMINDER writes to no institution; an AMENDED alert writes nothing and checks pending letters again against
 * the consent as it now stands. Names go only to recipients with full disclosure and only for people whose own
 * consent covers the recipient's kind; a recipient that requires consent gets nothing without it (BLOCKED, with
 * the reason); a recipient that requires approval gets a DRAFT, rendered again when an operator approves it, so
 * that it is dated and numbered when it goes out.
 */
@ApplicationScoped
public class AppealService {

    static final String NO_CONSENT = "the people concerned or their families have not consented to appeals to this recipient";
    static final String CONSENT_WITHDRAWN = "consent withdrawn: a person this letter names no longer consents to letters to this recipient";

    private final AppealRenderer renderer;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final Event<DeliveriesWritten> deliveriesWritten;
    private final AuditLog audit;

    AppealService(AppealRenderer renderer, PersonalDataCipher cipher, Clock clock,
            Event<DeliveriesWritten> deliveriesWritten, AuditLog audit) {
        this.renderer = renderer;
        this.cipher = cipher;
        this.clock = clock;
        this.deliveriesWritten = deliveriesWritten;
        this.audit = audit;
    }

    /** Called in the transaction that records the alert. */
    public void appealsFor(CaseAlert alert, Instant now) {
        if (alert.kind() == AlertKind.REMINDER) {
            return;
        }
        if (alert.kind() == AlertKind.AMENDED) {
            recheck(alert);
            return;
        }
        CaseSummary summary = alert.caseSummary();
        AppealLetter.Type type = AppealRenderer.type(alert);
        if (type == AppealLetter.Type.APPEAL && !summary.status().isOpen()) {
            return;
        }
        if (type != AppealLetter.Type.APPEAL) {
            cancelDrafts(summary, type);
        }
        CaseParticulars particulars = particulars(alert);
        for (Recipient recipient : Recipient.<Recipient> list("active", true)) {
            AppealRenderer.Earlier earlier = earlier(summary.id(), recipient.id);
            Recipient.Mandate mandate = recipient.mandate();
            boolean writes = switch (type) {
                // WGEID acts on disappearances: it hears of a case once the people were handed over
                case APPEAL -> summary.level().atLeast(recipient.minLevel) && mandate != Recipient.Mandate.WGEID;
                case REPATRIATED -> mandate == Recipient.Mandate.SR_DPRK || mandate == Recipient.Mandate.WGEID
                        || earlier.sent() > 0;
                default -> earlier.sent() > 0;
            };
            if (writes) {
                create(alert, type, recipient, particulars, earlier, now);
            }
        }
    }

    private void create(CaseAlert alert, AppealLetter.Type type, Recipient recipient, CaseParticulars particulars,
            AppealRenderer.Earlier earlier, Instant now) {
        AppealRenderer.Rendered rendered = renderer.render(alert, recipient, particulars, earlier, today(now));
        Appeal appeal = new Appeal();
        appeal.id = UUID.randomUUID().toString();
        appeal.alertId = alert.eventId();
        appeal.caseId = alert.caseSummary().id();
        appeal.caseReference = alert.caseSummary().reference();
        appeal.recipientId = recipient.id;
        appeal.sequence = earlier.sent() + 1;
        appeal.language = recipient.language;
        seal(appeal, rendered);
        appeal.createdAt = now;
        if (recipient.requiresConsent && aboutPeople(type) && rendered.consenting() == 0) {
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

    /**
     * What the recipient was actually sent on the case (letters sent, or approved and on their way; never drafts,
     * blocked or cancelled ones): follow-ups are numbered over these and say what changed since the last.
     */
    AppealRenderer.Earlier earlier(String caseId, String recipientId) {
        List<Appeal> sent = Appeal.list("caseId = ?1 and recipientId = ?2 and status in ?3 order by sequence, createdAt",
                caseId, recipientId, List.of(Appeal.Status.SENT, Appeal.Status.APPROVED));
        if (sent.isEmpty()) {
            return AppealRenderer.Earlier.NONE;
        }
        Appeal last = sent.get(sent.size() - 1);
        ReceivedAlert lastAlert = ReceivedAlert.findById(last.alertId);
        return new AppealRenderer.Earlier(sent.size(), dateOf(sent.get(0)), dateOf(last),
                lastAlert == null ? null : lastAlert.alert().caseSummary());
    }

    /**
     * Consent or the appeal summary changed: every letter not yet sent on the case is checked against the consent
     * as it now stands, and blocked if a person it names, or everyone for a recipient that requires consent, no
     * longer consents. A blocked letter whose delivery is queued is refused when it comes to be sent.
     */
    private void recheck(CaseAlert alert) {
        CaseParticulars now = particulars(alert);
        for (Appeal appeal : Appeal.<Appeal> list("caseId = ?1 and status in ?2", alert.caseSummary().id(),
                List.of(Appeal.Status.DRAFT, Appeal.Status.APPROVED))) {
            Recipient recipient = Recipient.findById(appeal.recipientId);
            ConsentPurpose purpose = recipient.consentPurpose();
            Set<String> consentingNow = ConsentedPeople.of(now, purpose);
            ReceivedAlert drafted = ReceivedAlert.findById(appeal.alertId);
            CaseAlert draftedAlert = drafted.alert();
            boolean names = recipient.disclosure == Recipient.Disclosure.FULL
                    && aboutPeople(AppealRenderer.type(draftedAlert));
            Set<String> named = names ? ConsentedPeople.of(particulars(draftedAlert), purpose) : Set.of();
            boolean withdrawn = !consentingNow.containsAll(named)
                    || (recipient.requiresConsent && aboutPeople(AppealRenderer.type(draftedAlert))
                            && consentingNow.isEmpty());
            if (withdrawn) {
                appeal.status = Appeal.Status.BLOCKED;
                appeal.blockedReason = CONSENT_WITHDRAWN;
            }
        }
    }

    /** Drafts that a merge, a return or a resolution overtook would say what is no longer true. */
    private static void cancelDrafts(CaseSummary summary, AppealLetter.Type type) {
        String reason = type == AppealLetter.Type.MERGED
                ? "the case is now followed under reference " + summary.mergedIntoReference()
                : "overtaken: the case is now " + summary.status();
        Appeal.update("status = ?1, blockedReason = ?2 where caseId = ?3 and status = ?4", Appeal.Status.CANCELLED,
                reason, summary.id(), Appeal.Status.DRAFT);
    }

    /** Appeals whose subjects and bodies an operator is about to read: each read is audited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(List<Appeal> appeals, Actor operator) {
        audit.recordEach(operator, AuditAction.PARTICULARS_READ, appeals.stream().map(appeal -> appeal.id).toList());
    }

    /** An operator's no to a draft: it is never sent. A decided appeal stays as it is (409). */
    @Transactional
    public Appeal reject(String appealId, Actor operator) {
        Appeal appeal = Appeal.findById(appealId);
        if (appeal == null) {
            throw ProblemException.notFound("appeal " + appealId);
        }
        if (appeal.status != Appeal.Status.DRAFT) {
            throw ProblemException.conflict("only a draft can be rejected; this appeal is "
                    + appeal.status.name().toLowerCase(Locale.ROOT));
        }
        appeal.status = Appeal.Status.CANCELLED;
        appeal.blockedReason = "rejected by an operator";
        audit.record(operator, AuditAction.APPEAL_REJECTED, appeal.id, "case " + appeal.caseId);
        return appeal;
    }

    @Transactional
    public Appeal approve(String appealId, Actor operator) {
        Appeal appeal = Appeal.findById(appealId);
        if (appeal == null) {
            throw ProblemException.notFound("appeal " + appealId);
        }
        if (appeal.status == Appeal.Status.BLOCKED || appeal.status == Appeal.Status.CANCELLED) {
            throw ProblemException.conflict("a " + appeal.status.name().toLowerCase(Locale.ROOT)
                    + " appeal cannot be approved: " + appeal.blockedReason);
        }
        if (appeal.status != Appeal.Status.DRAFT) {
            return appeal;
        }
        Recipient recipient = Recipient.findById(appeal.recipientId);
        if (!recipient.active || recipient.address == null) {
            throw ProblemException.conflict("the recipient is inactive or has no address");
        }
        Instant now = clock.instant();
        // rendered again now: dated when it goes out, numbered over what was sent since it was drafted
        CaseAlert alert = ReceivedAlert.<ReceivedAlert> findById(appeal.alertId).alert();
        AppealRenderer.Earlier earlier = earlier(appeal.caseId, recipient.id);
        AppealRenderer.Rendered rendered = renderer.render(alert, recipient, particulars(alert), earlier, today(now));
        if (recipient.requiresConsent && aboutPeople(AppealRenderer.type(alert)) && rendered.consenting() == 0) {
            throw ProblemException.conflict("a blocked appeal cannot be approved: " + NO_CONSENT);
        }
        appeal.sequence = earlier.sent() + 1;
        seal(appeal, rendered);
        appeal.status = Appeal.Status.APPROVED;
        appeal.approvedAt = now;
        appeal.approvedBy = operator.name();
        audit.record(operator, AuditAction.APPEAL_APPROVED, appeal.id, "case " + appeal.caseId);
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

    private CaseParticulars particulars(CaseAlert alert) {
        if (alert.sealedParticulars() == null) {
            return null;
        }
        return EventCodec.read(cipher.open(alert.sealedParticulars(),
                SealContext.caseParticulars(alert.eventId().toString())), CaseParticulars.class);
    }

    private void seal(Appeal appeal, AppealRenderer.Rendered rendered) {
        appeal.subjectSealed = cipher.seal(rendered.subject(), subjectContext(appeal.id));
        appeal.bodySealed = cipher.seal(rendered.body(), bodyContext(appeal.id));
    }

    private static boolean aboutPeople(AppealLetter.Type type) {
        return type == AppealLetter.Type.APPEAL || type == AppealLetter.Type.REPATRIATED;
    }

    private static LocalDate dateOf(Appeal appeal) {
        Instant at = appeal.sentAt != null ? appeal.sentAt
                : appeal.approvedAt != null ? appeal.approvedAt
                        : appeal.createdAt;
        return today(at);
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    private static void deliveryFor(Appeal appeal, Recipient recipient, Instant now) {
        Delivery.of(Delivery.Purpose.APPEAL, appeal.alertId, appeal.caseId, Delivery.TargetType.RECIPIENT, recipient.id,
                recipient.channel, now).persist();
    }

    static String subjectContext(String appealId) {
        return "appeal:" + appealId + ":subject";
    }

    static String bodyContext(String appealId) {
        return "appeal:" + appealId + ":body";
    }
}
