package org.casealert.notify.appeal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casealert.events.EventCodec;
import org.casealert.events.Level;
import org.casealert.events.audit.Actor;
import org.casealert.events.audit.AuditAction;
import org.casealert.events.audit.AuditLog;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.http.ProblemException;
import org.casealert.notify.delivery.Channel;
import org.casealert.notify.delivery.WebhookSignature;
import org.casealert.notify.delivery.WebhookTargetPolicy;

/**
 * The operators' edits of the recipient directory. Removing a recipient deactivates it: appeals refer to it.
 * A change that would let names reach a recipient (FULL disclosure), or switch off its consent or approval
 * requirement, is not applied: it waits as a {@link RecipientChange} for a second operator
 * ({@link RecipientChanges}).
 */
@ApplicationScoped
public class RecipientService {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private final WebhookTargetPolicy webhookPolicy;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecipientService(WebhookTargetPolicy webhookPolicy, PersonalDataCipher cipher, AuditLog audit, Clock clock) {
        this.webhookPolicy = webhookPolicy;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    public record Changes(String name, Recipient.Kind kind, Channel channel, String address, String language,
            Level minLevel, Recipient.Disclosure disclosure, Boolean requiresConsent, Boolean requiresApproval,
            Boolean active) {
    }

    /** A recipient just saved, with its webhook signing secret when one was made (shown once). */
    public record Saved(Recipient recipient, String secret) {
    }

    /** What a create or update did: saved at once, or left waiting for a second operator. */
    public record Outcome(Saved saved, RecipientChange pending) {
    }

    @Transactional
    public List<Recipient> list() {
        return Recipient.list("order by name");
    }

    @Transactional
    public Recipient get(String id) {
        Recipient recipient = Recipient.findById(id);
        if (recipient == null) {
            throw ProblemException.notFound("recipient " + id);
        }
        return recipient;
    }

    @Transactional
    public Outcome create(Changes changes, Actor operator) {
        checkAddress(changes.channel(), changes.address().strip());
        List<String> reasons = needingSecondOperator(null, changes);
        if (!reasons.isEmpty()) {
            return new Outcome(null, pending(null, changes, reasons, operator));
        }
        Saved saved = created(changes);
        audit.record(operator, AuditAction.RECIPIENT_CREATED, saved.recipient().id);
        return new Outcome(saved, null);
    }

    @Transactional
    public Outcome update(String id, Changes changes, Actor operator) {
        Recipient recipient = get(id);
        checkAddress(changes.channel(), changes.address().strip());
        List<String> reasons = needingSecondOperator(recipient, changes);
        if (!reasons.isEmpty()) {
            return new Outcome(null, pending(recipient.id, changes, reasons, operator));
        }
        String secret = apply(recipient, changes, clock.instant());
        audit.record(operator, AuditAction.RECIPIENT_CHANGED, recipient.id);
        return new Outcome(new Saved(recipient, secret), null);
    }

    /** Deactivating lets no more names out, so it needs no second operator. */
    @Transactional
    public void deactivate(String id, Actor operator) {
        Recipient recipient = get(id);
        recipient.active = false;
        recipient.updatedAt = clock.instant();
        audit.record(operator, AuditAction.RECIPIENT_DEACTIVATED, recipient.id);
    }

    /**
     * Why {@code changes} to {@code current} (null: a new recipient) need a second operator; empty when they do
     * not. A new pseudonymised recipient may start without consent or approval: it never receives names.
     */
    static List<String> needingSecondOperator(Recipient current, Changes changes) {
        List<String> reasons = new ArrayList<>();
        Recipient.Disclosure disclosure = changes.disclosure() != null ? changes.disclosure()
                : current != null ? current.disclosure : Recipient.Disclosure.PSEUDONYMISED;
        if (disclosure == Recipient.Disclosure.FULL) {
            reasons.add(current == null ? "creates a FULL-disclosure recipient" : "changes a FULL-disclosure recipient");
        }
        if (current != null && current.requiresConsent && Boolean.FALSE.equals(changes.requiresConsent())) {
            reasons.add("switches off the consent requirement");
        }
        if (current != null && current.requiresApproval && Boolean.FALSE.equals(changes.requiresApproval())) {
            reasons.add("switches off the approval requirement");
        }
        return reasons;
    }

    private RecipientChange pending(String recipientId, Changes changes, List<String> reasons, Actor operator) {
        RecipientChange change = new RecipientChange();
        change.id = UUID.randomUUID().toString();
        change.recipientId = recipientId;
        change.settings = EventCodec.write(changes);
        change.reason = String.join("; ", reasons);
        change.status = RecipientChange.Status.PENDING;
        change.requestedBySub = operator.sub();
        change.requestedByName = operator.name();
        change.requestedAt = clock.instant();
        change.persist();
        audit.record(operator, AuditAction.RECIPIENT_CHANGE_REQUESTED, recipientId == null ? change.id : recipientId,
                "change " + change.id);
        return change;
    }

    /** Saves a new recipient from {@code changes}: at once, or once a second operator approved them. */
    Saved created(Changes changes) {
        Instant now = clock.instant();
        Recipient recipient = new Recipient();
        recipient.id = UUID.randomUUID().toString();
        recipient.createdAt = now;
        recipient.requiresConsent = true;
        recipient.requiresApproval = true;
        recipient.active = true;
        recipient.minLevel = Level.URGENT;
        recipient.disclosure = Recipient.Disclosure.PSEUDONYMISED;
        recipient.language = "en";
        String secret = apply(recipient, changes, now);
        recipient.persist();
        return new Saved(recipient, secret);
    }

    String apply(Recipient recipient, Changes changes, Instant now) {
        recipient.name = changes.name().strip();
        recipient.kind = changes.kind();
        recipient.channel = changes.channel();
        recipient.address = changes.address().strip();
        if (changes.language() != null) {
            recipient.language = changes.language();
        }
        if (changes.minLevel() != null) {
            recipient.minLevel = changes.minLevel();
        }
        if (changes.disclosure() != null) {
            recipient.disclosure = changes.disclosure();
        }
        if (changes.requiresConsent() != null) {
            recipient.requiresConsent = changes.requiresConsent();
        }
        if (changes.requiresApproval() != null) {
            recipient.requiresApproval = changes.requiresApproval();
        }
        if (changes.active() != null) {
            recipient.active = changes.active();
        }
        recipient.updatedAt = now;
        checkAddress(recipient.channel, recipient.address);
        if (recipient.channel == Channel.EMAIL || recipient.secretSealed != null) {
            return null;
        }
        String secret = WebhookSignature.newSecret(random);
        recipient.secretSealed = cipher.seal(secret, "recipient:" + recipient.id + ":secret");
        return secret;
    }

    private void checkAddress(Channel channel, String address) {
        if (channel == Channel.EMAIL) {
            if (!EMAIL.matcher(address).matches()) {
                throw ProblemException.invalid("address", "must be an e-mail address");
            }
            return;
        }
        try {
            webhookPolicy.check(address);
        } catch (WebhookTargetPolicy.RefusedTarget e) {
            throw ProblemException.invalid("address", e.getMessage());
        }
    }
}
