package org.casealert.notify.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casealert.events.CaseAlert;
import org.casealert.events.CaseSummary;
import org.casealert.events.EventCodec;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.notify.appeal.Appeal;
import org.casealert.notify.appeal.AppealService;
import org.casealert.notify.appeal.Phrases;
import org.casealert.notify.appeal.Recipient;
import org.casealert.notify.config.NotifyConfig;
import org.casealert.notify.subscription.Subscription;
import org.casealert.notify.subscription.SubscriptionService;
import org.casealert.notify.subscription.SubscriptionTokens;

/**
 * Makes a claimed delivery ready to send. Advocates get the pseudonymised alert (webhook: the alert
 * without even its sealed particulars); recipients get their appeal; unconfirmed addresses get
 * nothing but their confirmation.
 */
@ApplicationScoped
public class DeliveryComposer {

    private final SubscriptionService subscriptions;
    private final SubscriptionTokens tokens;
    private final AppealService appeals;
    private final Phrases phrases;
    private final PersonalDataCipher cipher;
    private final NotifyConfig config;

    DeliveryComposer(SubscriptionService subscriptions, SubscriptionTokens tokens, AppealService appeals,
            Phrases phrases, PersonalDataCipher cipher, NotifyConfig config) {
        this.subscriptions = subscriptions;
        this.tokens = tokens;
        this.appeals = appeals;
        this.phrases = phrases;
        this.cipher = cipher;
        this.config = config;
    }

    @Transactional
    public Outgoing compose(String deliveryId) throws DeliveryFailure {
        Delivery delivery = Delivery.findById(deliveryId);
        return switch (delivery.purpose) {
            case CONFIRMATION -> confirmation(subscription(delivery, Subscription.Status.PENDING_CONFIRMATION));
            case ALERT -> alert(delivery, subscription(delivery, Subscription.Status.ACTIVE));
            case APPEAL -> appeal(delivery);
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

    private Outgoing alert(Delivery delivery, Subscription subscription) {
        CaseAlert alert = ((ReceivedAlert) ReceivedAlert.findById(delivery.alertId)).alert();
        if (subscription.channel == Channel.WEBHOOK) {
            String body = EventCodec.write(Map.of("type", "case.alert", "alert", alert.withoutParticulars()));
            return new Outgoing.Webhook(subscriptions.address(subscription), subscriptions.secret(subscription),
                    delivery.id, body);
        }
        String language = subscription.language;
        String unsubscribe = config.publicUrl() + "/api/v1/subscriptions/unsubscribe?token=" + tokens.issue(
                subscription.id, SubscriptionTokens.Purpose.UNSUBSCRIBE, config.subscriptions().unsubscribeLinkValidFor());
        CaseSummary summary = alert.caseSummary();
        String place = summary.facility() != null ? summary.facility()
                : summary.province() != null ? summary.province() : phrases.get(language, "alert.place.unknown");
        String subject = phrases.format(language, "alert.subject", Map.of("level", phrases.get(language,
                "level." + summary.level()), "reference", summary.reference(), "kind",
                phrases.get(language, "kind." + alert.kind()), "count", summary.detaineeCount(), "place", place));
        List<String> reasons = summary.reasons().stream()
                .map(reason -> phrases.getOr(language, "reason." + reason.code(), reason.text())).toList();
        String text = MailTemplates.alert(language, new MailTemplates.AlertMail(config.organisation(),
                phrases.format(language, "headline." + alert.kind(), Map.of("count", summary.detaineeCount())),
                summary.reference(), phrases.get(language, "level." + summary.level()),
                phrases.get(language, "kind." + alert.kind()), summary.detaineeCount(), summary.women(),
                summary.minors(), phrases.whereAndSince(language, summary),
                summary.deadline() == null ? null : summary.deadline().toString(), summary.corridor(),
                summary.confidence().name(), reasons, unsubscribe));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new Outgoing.Email(subscriptions.address(subscription), subject, text, headers);
    }

    private Outgoing appeal(Delivery delivery) throws DeliveryFailure {
        Appeal appeal = Appeal.find("alertId = ?1 and recipientId = ?2", delivery.alertId, delivery.targetId)
                .firstResult();
        Recipient recipient = Recipient.findById(delivery.targetId);
        if (appeal == null || recipient == null || !recipient.active || recipient.address == null) {
            throw new DeliveryFailure("the recipient is inactive or has no address", true);
        }
        if (recipient.channel == Channel.WEBHOOK) {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("id", appeal.id);
            content.put("caseId", appeal.caseId);
            content.put("reference", appeal.caseReference);
            content.put("sequence", appeal.sequence);
            content.put("language", appeal.language);
            content.put("subject", appeals.subject(appeal));
            content.put("body", appeals.body(appeal));
            return new Outgoing.Webhook(recipient.address,
                    cipher.open(recipient.secretSealed, "recipient:" + recipient.id + ":secret"), delivery.id,
                    EventCodec.write(Map.of("type", "case.appeal", "appeal", content)));
        }
        return new Outgoing.Email(recipient.address, appeals.subject(appeal), appeals.body(appeal), Map.of());
    }
}
