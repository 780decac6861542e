package org.casealert.notify.subscription;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.casealert.events.Level;
import org.casealert.events.crypto.KeyedHasher;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.http.ProblemException;
import org.casealert.notify.config.NotifyConfig;
import org.casealert.notify.config.NotifyKeys;
import org.casealert.notify.delivery.Channel;
import org.casealert.notify.delivery.DeliveriesWritten;
import org.casealert.notify.delivery.Delivery;
import org.casealert.notify.delivery.WebhookSignature;
import org.casealert.notify.delivery.WebhookTargetPolicy;

/**
 * Advocates' subscriptions. E-mail: double opt-in; the answer is the same whether or not the address
 * is known, and nothing but the confirmation goes to it until confirmed. Webhooks: active at once,
 * with a signing secret shown once. Addresses, URLs and secrets are stored sealed.
 */
@ApplicationScoped
public class SubscriptionService {

    private final PersonalDataCipher cipher;
    private final KeyedHasher hasher;
    private final WebhookTargetPolicy webhookPolicy;
    private final SubscriptionTokens tokens;
    private final Clock clock;
    private final Event<DeliveriesWritten> deliveriesWritten;
    private final int webhooksPerOwner;
    private final NotifyConfig config;
    private final SecureRandom random = new SecureRandom();

    /** The longest a subscription may be paused: longer, and it should end instead. */
    public static final Duration LONGEST_PAUSE = Duration.ofDays(366);

    SubscriptionService(PersonalDataCipher cipher, NotifyKeys keys, WebhookTargetPolicy webhookPolicy,
            SubscriptionTokens tokens, Clock clock, Event<DeliveriesWritten> deliveriesWritten, NotifyConfig config) {
        this.config = config;
        this.cipher = cipher;
        this.hasher = keys.emailHasher();
        this.webhookPolicy = webhookPolicy;
        this.tokens = tokens;
        this.clock = clock;
        this.deliveriesWritten = deliveriesWritten;
        this.webhooksPerOwner = config.webhooks().perOwner();
    }

    public record Created(String id, Subscription.Status status, String secret) {
    }

    /** Whose a webhook subscription is: the token's subject, which ownership is keyed on, and its name, for operators. */
    public record Owner(String subject, String name) {
    }

    @Transactional
    public Created subscribeEmail(String address, Level minLevel, List<String> provinces, String language) {
        Instant now = clock.instant();
        Subscription subscription = newSubscription(Channel.EMAIL, address, minLevel, provinces, language, null, now);
        subscription.addressHash = hasher.hash("email:" + address.strip().toLowerCase(Locale.ROOT));
        subscription.status = Subscription.Status.PENDING_CONFIRMATION;
        subscription.persist();
        Delivery.of(Delivery.Purpose.CONFIRMATION, null, null, Delivery.TargetType.SUBSCRIPTION, subscription.id,
                Channel.EMAIL, now).persist();
        deliveriesWritten.fire(new DeliveriesWritten());
        return new Created(subscription.id, subscription.status, null);
    }

    @Transactional
    public Created subscribeWebhook(String url, Level minLevel, List<String> provinces, String language, Owner owner) {
        try {
            webhookPolicy.check(url);
        } catch (WebhookTargetPolicy.RefusedTarget e) {
            throw ProblemException.invalid("url", e.getMessage());
        }
        if (Subscription.count("ownerSubject = ?1 and channel = ?2 and status = ?3", owner.subject(), Channel.WEBHOOK,
                Subscription.Status.ACTIVE) >= webhooksPerOwner) {
            throw ProblemException.invalid("url", "at most " + webhooksPerOwner
                    + " active webhooks per owner: end one (DELETE /api/v1/subscriptions/{id}) first");
        }
        Instant now = clock.instant();
        String secret = WebhookSignature.newSecret(random);
        Subscription subscription = newSubscription(Channel.WEBHOOK, url, minLevel, provinces, language, owner.name(),
                now);
        subscription.ownerSubject = owner.subject();
        subscription.status = Subscription.Status.ACTIVE;
        subscription.confirmedAt = now;
        subscription.secretSealed = cipher.seal(secret, secretContext(subscription.id));
        subscription.persist();
        return new Created(subscription.id, subscription.status, secret);
    }

    /**
     * Activates the subscription a confirm token names; empty if the token is not (or no longer) valid.
     * The address's subscription before, if any, ends: one address gets each alert once, with the
     * filters and language it chose last.
     */
    @Transactional
    public Optional<Subscription> confirm(String token) {
        return tokens.verify(token, SubscriptionTokens.Purpose.CONFIRM).map(id -> (Subscription) Subscription.findById(id))
                .filter(subscription -> subscription.status != Subscription.Status.UNSUBSCRIBED)
                .map(subscription -> {
                    if (subscription.status == Subscription.Status.PENDING_CONFIRMATION) {
                        if (subscription.addressHash != null) {
                            Subscription.<Subscription> list("addressHash = ?1 and status = ?2 and id <> ?3",
                                    subscription.addressHash, Subscription.Status.ACTIVE, subscription.id)
                                    .forEach(this::end);
                        }
                        subscription.status = Subscription.Status.ACTIVE;
                        subscription.confirmedAt = clock.instant();
                    }
                    return subscription;
                });
    }

    @Transactional
    public Optional<Subscription> unsubscribe(String token) {
        return tokens.verify(token, SubscriptionTokens.Purpose.UNSUBSCRIBE)
                .map(id -> (Subscription) Subscription.findById(id)).map(this::end);
    }

    /** The subscription an unsubscribe token names, without changing it (for the confirmation page). */
    @Transactional
    public Optional<Subscription> peekUnsubscribe(String token) {
        return tokens.verify(token, SubscriptionTokens.Purpose.UNSUBSCRIBE)
                .map(id -> (Subscription) Subscription.findById(id));
    }

    /**
     * Pauses (silences) the subscription an unsubscribe token names until {@code until}; empty if the token is not
     * valid or the subscription ended. Whoever may end a subscription may pause it.
     */
    @Transactional
    public Optional<Subscription> pauseByToken(String token, Instant until) {
        return byManageToken(token).map(subscription -> pause(subscription, until));
    }

    @Transactional
    public Optional<Subscription> resumeByToken(String token) {
        return byManageToken(token).map(this::resume);
    }

    /** Pauses a subscription of {@code owner} (any subscription: {@code owner} null, for operators). */
    @Transactional
    public Subscription pause(String id, String owner, Instant until) {
        return pause(owned(id, owner), until);
    }

    @Transactional
    public Subscription resume(String id, String owner) {
        return resume(owned(id, owner));
    }

    /** A token for the links of a page about the subscription: pause, resume, unsubscribe. */
    public String manageToken(Subscription subscription) {
        return tokens.issue(subscription.id, SubscriptionTokens.Purpose.UNSUBSCRIBE,
                config.subscriptions().unsubscribeLinkValidFor());
    }

    /** The subscriptions of the owner with this subject ({@code sub}); all of them for {@code null} (operators). */
    @Transactional
    public List<Subscription> list(String ownerSubject) {
        return ownerSubject == null ? Subscription.list("order by createdAt")
                : Subscription.list("ownerSubject = ?1 order by createdAt", ownerSubject);
    }

    /** Ends a subscription of the owner with this subject ({@code sub}); any subscription for {@code null}. */
    @Transactional
    public void delete(String id, String ownerSubject) {
        end(owned(id, ownerSubject));
    }

    /**
     * The subscription, if the owner with this subject ({@code sub}) owns it or the subject is null (an operator); 404
     * otherwise, as if it did not exist.
     */
    public Subscription owned(String id, String ownerSubject) {
        Subscription subscription = Subscription.findById(id);
        if (subscription == null || (ownerSubject != null && !ownerSubject.equals(subscription.ownerSubject))) {
            throw ProblemException.notFound("subscription " + id);
        }
        return subscription;
    }

    private Optional<Subscription> byManageToken(String token) {
        return tokens.verify(token, SubscriptionTokens.Purpose.UNSUBSCRIBE)
                .map(id -> (Subscription) Subscription.findById(id))
                .filter(subscription -> subscription.status != Subscription.Status.UNSUBSCRIBED);
    }

    private Subscription pause(Subscription subscription, Instant until) {
        Instant now = clock.instant();
        if (until == null || !until.isAfter(now) || until.isAfter(now.plus(LONGEST_PAUSE))) {
            throw ProblemException.invalid("until", "must be in the future and at most " + LONGEST_PAUSE.toDays()
                    + " days ahead");
        }
        if (subscription.status == Subscription.Status.UNSUBSCRIBED) {
            throw ProblemException.conflict("the subscription has ended");
        }
        subscription.pausedUntil = until;
        return subscription;
    }

    private Subscription resume(Subscription subscription) {
        subscription.pausedUntil = null;
        return subscription;
    }

    /** A new signing secret for a webhook of {@code owner}: the previous one signs beside it for the overlap. */
    @Transactional
    public Rotated rotateSecret(String id, String owner) {
        Subscription subscription = webhook(id, owner);
        Instant now = clock.instant();
        String secret = WebhookSignature.newSecret(random);
        subscription.previousSecretSealed = cipher.seal(secret(subscription), previousSecretContext(subscription.id));
        subscription.previousSecretUntil = now.plus(config.webhooks().rotationOverlap());
        subscription.secretSealed = cipher.seal(secret, secretContext(subscription.id));
        return new Rotated(subscription, secret);
    }

    public record Rotated(Subscription subscription, String secret) {
    }

    /** Ends a rotation now: only the new secret signs from here on. */
    @Transactional
    public Subscription endRotation(String id, String owner) {
        Subscription subscription = webhook(id, owner);
        subscription.previousSecretSealed = null;
        subscription.previousSecretUntil = null;
        return subscription;
    }

    /** Queues a signed {@code test} event to the webhook, delivered (and logged) like an alert, even while paused. */
    @Transactional
    public Delivery sendTest(String id, String owner) {
        Subscription subscription = webhook(id, owner);
        if (subscription.status != Subscription.Status.ACTIVE) {
            throw ProblemException.conflict("the subscription has ended");
        }
        // one test on its way at a time: a test cannot be used to flood the endpoint or the delivery slots
        if (Delivery.count("purpose = ?1 and targetId = ?2 and status in ?3", Delivery.Purpose.TEST, subscription.id,
                List.of(Delivery.Status.PENDING, Delivery.Status.FAILED)) > 0) {
            throw ProblemException.conflict("a test event to this webhook is still on its way");
        }
        Delivery delivery = Delivery.of(Delivery.Purpose.TEST, null, null, Delivery.TargetType.SUBSCRIPTION,
                subscription.id, Channel.WEBHOOK, clock.instant());
        delivery.persist();
        deliveriesWritten.fire(new DeliveriesWritten());
        return delivery;
    }

    /** The subscription's deliveries, newest first (at most {@code limit}). */
    @Transactional
    public List<Delivery> deliveries(String id, String owner, int limit) {
        Subscription subscription = owned(id, owner);
        return Delivery.<Delivery> find("targetType = ?1 and targetId = ?2 order by createdAt desc",
                Delivery.TargetType.SUBSCRIPTION, subscription.id).page(0, limit).list();
    }

    /** The secrets that sign a delivery now: the current one, and the previous one while a rotation lasts. */
    public List<String> signingSecrets(Subscription subscription) {
        String current = secret(subscription);
        if (subscription.previousSecretSealed == null || subscription.previousSecretUntil == null
                || !subscription.previousSecretUntil.isAfter(clock.instant())) {
            return List.of(current);
        }
        return List.of(current, cipher.open(subscription.previousSecretSealed, previousSecretContext(subscription.id)));
    }

    private Subscription webhook(String id, String owner) {
        Subscription subscription = owned(id, owner);
        if (subscription.channel != Channel.WEBHOOK) {
            throw ProblemException.conflict("only webhook subscriptions have a secret and test events");
        }
        return subscription;
    }

    public String address(Subscription subscription) {
        return cipher.open(subscription.addressSealed, addressContext(subscription.id));
    }

    public String secret(Subscription subscription) {
        return cipher.open(subscription.secretSealed, secretContext(subscription.id));
    }

    private Subscription end(Subscription subscription) {
        if (subscription.status != Subscription.Status.UNSUBSCRIBED) {
            subscription.status = Subscription.Status.UNSUBSCRIBED;
            subscription.endedAt = clock.instant();
        }
        return subscription;
    }

    private Subscription newSubscription(Channel channel, String address, Level minLevel, List<String> provinces,
            String language, String owner, Instant now) {
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID().toString();
        subscription.channel = channel;
        subscription.addressSealed = cipher.seal(address.strip(), addressContext(subscription.id));
        subscription.minLevel = minLevel == null ? Level.URGENT : minLevel;
        subscription.provinces = provinces == null ? List.of() : provinces.stream().map(String::strip).distinct().toList();
        subscription.language = language == null ? "en" : language;
        subscription.owner = owner;
        subscription.createdAt = now;
        return subscription;
    }

    static String addressContext(String subscriptionId) {
        return "subscription:" + subscriptionId + ":address";
    }

    static String secretContext(String subscriptionId) {
        return "subscription:" + subscriptionId + ":secret";
    }

    static String previousSecretContext(String subscriptionId) {
        return "subscription:" + subscriptionId + ":previous-secret";
    }
}
