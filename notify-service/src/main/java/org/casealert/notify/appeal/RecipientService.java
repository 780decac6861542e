package org.casealert.notify.appeal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casealert.events.Level;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.http.ProblemException;
import org.casealert.notify.delivery.Channel;
import org.casealert.notify.delivery.WebhookSignature;
import org.casealert.notify.delivery.WebhookTargetPolicy;

/** The operators' edits of the recipient directory. Removing a recipient deactivates it: appeals refer to it. */
@ApplicationScoped
public class RecipientService {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private final WebhookTargetPolicy webhookPolicy;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecipientService(WebhookTargetPolicy webhookPolicy, PersonalDataCipher cipher, Clock clock) {
        this.webhookPolicy = webhookPolicy;
        this.cipher = cipher;
        this.clock = clock;
    }

    public record Changes(String name, Recipient.Kind kind, Channel channel, String address, String language,
            Level minLevel, Recipient.Disclosure disclosure, Boolean requiresConsent, Boolean requiresApproval,
            Boolean active) {
    }

    /** A recipient just saved, with its webhook signing secret when one was made (shown once). */
    public record Saved(Recipient recipient, String secret) {
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
    public Saved create(Changes changes) {
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

    @Transactional
    public Saved update(String id, Changes changes) {
        Recipient recipient = get(id);
        String secret = apply(recipient, changes, clock.instant());
        return new Saved(recipient, secret);
    }

    @Transactional
    public void deactivate(String id) {
        Recipient recipient = get(id);
        recipient.active = false;
        recipient.updatedAt = clock.instant();
    }

    private String apply(Recipient recipient, Changes changes, Instant now) {
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
        if (recipient.channel == Channel.EMAIL) {
            if (!EMAIL.matcher(recipient.address).matches()) {
                throw ProblemException.invalid("address", "must be an e-mail address");
            }
            return null;
        }
        try {
            webhookPolicy.check(recipient.address);
        } catch (WebhookTargetPolicy.RefusedTarget e) {
            throw ProblemException.invalid("address", e.getMessage());
        }
        if (recipient.secretSealed != null) {
            return null;
        }
        String secret = WebhookSignature.newSecret(random);
        recipient.secretSealed = cipher.seal(secret, "recipient:" + recipient.id + ":secret");
        return secret;
    }
}
