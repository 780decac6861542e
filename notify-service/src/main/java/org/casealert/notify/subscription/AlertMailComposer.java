package org.casealert.notify.subscription;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.CaseAlert;
import org.casealert.events.CaseSummary;
import org.casealert.events.EventCodec;
import org.casealert.notify.appeal.Phrases;
import org.casealert.notify.config.NotifyConfig;
import org.casealert.notify.delivery.Channel;
import org.casealert.notify.delivery.Delivery;
import org.casealert.notify.delivery.DeliveryFailure;
import org.casealert.notify.delivery.MessageComposer;
import org.casealert.notify.delivery.Outgoing;
import org.casealert.notify.delivery.ReceivedAlert;

/**
 * What subscribers get: advocates' webhooks the pseudonymised alert (without even its sealed particulars); public
 * e-mail sign-ups, only for a case whose people all allowed publication, its province, crossing, counts and level
 * ({@link PublicDisclosure}); unconfirmed addresses nothing but their confirmation.
 */
@ApplicationScoped
class AlertMailComposer implements MessageComposer {

    private final SubscriptionService subscriptions;
    private final SubscriptionTokens tokens;
    private final Phrases phrases;
    private final NotifyConfig config;

    AlertMailComposer(SubscriptionService subscriptions, SubscriptionTokens tokens, Phrases phrases,
            NotifyConfig config) {
        this.subscriptions = subscriptions;
        this.tokens = tokens;
        this.phrases = phrases;
        this.config = config;
    }

    @Override
    public Set<Delivery.Purpose> purposes() {
        return Set.of(Delivery.Purpose.ALERT, Delivery.Purpose.CONFIRMATION, Delivery.Purpose.TEST);
    }

    @Override
    public Outgoing compose(Delivery delivery) throws DeliveryFailure {
        return switch (delivery.purpose) {
            case CONFIRMATION -> confirmation(subscription(delivery, Subscription.Status.PENDING_CONFIRMATION));
            case TEST -> test(delivery, subscription(delivery, Subscription.Status.ACTIVE));
            default -> alert(delivery, subscription(delivery, Subscription.Status.ACTIVE));
        };
    }

    private Subscription subscription(Delivery delivery, Subscription.Status required) throws DeliveryFailure {
        Subscription subscription = Subscription.findById(delivery.targetId);
        if (subscription == null || subscription.status != required) {
            throw new DeliveryFailure("the subscription is no longer " + required, true);
        }
        return subscription;
    }

    private Outgoing confirmation(Subscription subscription) {
        String link = config.publicUrl() + "/api/v1/subscriptions/confirm?token="
                + tokens.issue(subscription.id, SubscriptionTokens.Purpose.CONFIRM, config.subscriptions().confirmWithin());
        String language = subscription.language;
        String text = MailTemplates.confirmation(language, new MailTemplates.Confirmation(config.organisation(),
                phrases.get(language, "level." + subscription.minLevel), String.join(", ", subscription.provinces),
                config.subscriptions().confirmWithin().toHours(), link));
        return new Outgoing.Email(subscriptions.address(subscription), phrases.get(language, "page.title"), text,
                Map.of());
    }

    /** The event a subscriber asks for to check its endpoint: it says so, and carries nothing about any case. */
    private Outgoing test(Delivery delivery, Subscription subscription) {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("subscriptionId", subscription.id);
        test.put("requestedAt", delivery.createdAt.toString());
        String body = EventCodec.write(Map.of("type", "test", "test", test));
        return new Outgoing.Webhook(subscriptions.address(subscription), subscriptions.signingSecrets(subscription),
                delivery.id, body);
    }

    private Outgoing alert(Delivery delivery, Subscription subscription) throws DeliveryFailure {
        CaseAlert alert = ((ReceivedAlert) ReceivedAlert.findById(delivery.alertId)).alert();
        if (subscription.channel == Channel.WEBHOOK) {
            String body = EventCodec.write(Map.of("type", "case.alert", "alert", alert.withoutParticulars()));
            return new Outgoing.Webhook(subscriptions.address(subscription), subscriptions.signingSecrets(subscription),
                    delivery.id, body);
        }
        if (!PublicDisclosure.allows(alert.consent()) || !PublicDisclosure.stillAllows(alert.caseSummary().id())) {
            // a family's yes withdrawn after the alert was fanned out: the mail is not sent
            throw new DeliveryFailure("the case may not be made public", true);
        }
        String language = subscription.language;
        String unsubscribe = config.publicUrl() + "/api/v1/subscriptions/unsubscribe?token=" + tokens.issue(
                subscription.id, SubscriptionTokens.Purpose.UNSUBSCRIBE, config.subscriptions().unsubscribeLinkValidFor());
        CaseSummary summary = alert.caseSummary();
        String province = PublicDisclosure.province(phrases, language, summary);
        String subject = phrases.format(language, "alert.subject", Map.of("level", phrases.get(language,
                "level." + summary.level()), "reference", summary.reference(), "kind",
                phrases.get(language, "kind." + alert.kind()), "count", summary.detaineeCount(), "place", province));
        String text = MailTemplates.alert(language, new MailTemplates.AlertMail(config.organisation(),
                phrases.format(language, "headline." + alert.kind(), Map.of("count", summary.detaineeCount())),
                summary.reference(), phrases.get(language, "level." + summary.level()),
                phrases.get(language, "kind." + alert.kind()),
                summary.detaineeCount(), summary.women(), summary.minors(), province, summary.corridor(), unsubscribe));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new Outgoing.Email(subscriptions.address(subscription), subject, text, headers);
    }
}
