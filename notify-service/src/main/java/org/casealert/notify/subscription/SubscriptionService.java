package org.casealert.notify.subscription;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.casealert.events.Level;
import org.casealert.events.crypto.Crypto;
import org.casealert.events.crypto.KeyedHasher;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.http.ProblemException;
import org.casealert.notify.config.NotifyConfig;
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
    private final SecureRandom random = new SecureRandom();

    SubscriptionService(PersonalDataCipher cipher, Crypto crypto, WebhookTargetPolicy webhookPolicy,
            SubscriptionTokens tokens, Clock clock, Event<DeliveriesWritten> deliveriesWritten, NotifyConfig config) {
        this.cipher = cipher;
        this.hasher = crypto.nameHasher();
        this.webhookPolicy = webhookPolicy;
        this.tokens = tokens;
        this.clock = clock;
        this.deliveriesWritten = deliveriesWritten;
        this.webhooksPerOwner = config.webhooks().perOwner();
    }

    public record Created(String id, Subscription.Status status, String secret) {
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
    public Created subscribeWebhook(String url, Level minLevel, List<String> provinces, String language, String owner) {
        try {
            webhookPolicy.check(url);
        } catch (WebhookTargetPolicy.RefusedTarget e) {
            throw ProblemException.invalid("url", e.getMessage());
        }
        if (Subscription.count("owner = ?1 and channel = ?2 and status = ?3", owner, Channel.WEBHOOK,
                Subscription.Status.ACTIVE) >= webhooksPerOwner) {
            throw ProblemException.invalid("url", "at most " + webhooksPerOwner
                    + " active webhooks per owner: end one (DELETE /api/v1/subscriptions/{id}) first");
        }
        Instant now = clock.instant();
        String secret = WebhookSignature.newSecret(random);
        Subscription subscription = newSubscription(Channel.WEBHOOK, url, minLevel, provinces, language, owner, now);
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

    @Transactional
    public List<Subscription> list(String owner) {
        return owner == null ? Subscription.list("order by createdAt")
                : Subscription.list("owner = ?1 order by createdAt", owner);
    }

    @Transactional
    public void delete(String id, String owner) {
        Subscription subscription = Subscription.findById(id);
        if (subscription == null || (owner != null && !owner.equals(subscription.owner))) {
            throw ProblemException.notFound("subscription " + id);
        }
        end(subscription);
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

    private static String addressContext(String subscriptionId) {
        return "subscription:" + subscriptionId + ":address";
    }

    private static String secretContext(String subscriptionId) {
        return "subscription:" + subscriptionId + ":secret";
    }
}
