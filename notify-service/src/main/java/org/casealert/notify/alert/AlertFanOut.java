package org.casealert.notify.alert;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.inbox.ProcessedEvent;
import org.casealert.notify.appeal.AppealService;
import org.casealert.notify.batch.AppealGroups;
import org.casealert.notify.delivery.Channel;
import org.casealert.notify.delivery.DeliveriesWritten;
import org.casealert.notify.delivery.Delivery;
import org.casealert.notify.delivery.ReceivedAlert;
import org.casealert.notify.subscription.PublicDisclosure;
import org.casealert.notify.subscription.Subscription;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Turns one alert into its appeals and deliveries, in one transaction with the processed-event log:
 * a redelivered alert changes nothing, and the database holds one delivery per (alert, target). The alert of
 * a case in a corridor batch joins the batch's group instead: institutions and e-mail subscribers hear of it
 * in the group's letters and digests; webhooks still get every alert, carrying its batch. E-mail subscribers are
 * public sign-ups: they hear only of cases whose people all allowed publication ({@link PublicDisclosure}).
 */
@ApplicationScoped
public class AlertFanOut {

    private final AppealService appeals;
    private final AppealGroups groups;
    private final Clock clock;
    private final Event<DeliveriesWritten> deliveriesWritten;
    private final MeterRegistry registry;

    AlertFanOut(AppealService appeals, AppealGroups groups, Clock clock, Event<DeliveriesWritten> deliveriesWritten,
            MeterRegistry registry) {
        this.appeals = appeals;
        this.groups = groups;
        this.clock = clock;
        this.deliveriesWritten = deliveriesWritten;
        this.registry = registry;
    }

    @Transactional
    public void onAlert(CaseAlert alert, String payload) {
        if (ProcessedEvent.findById(alert.eventId()) != null) {
            return;
        }
        Instant now = clock.instant();
        ProcessedEvent.of(alert.eventId(), now).persist();
        ReceivedAlert received = new ReceivedAlert();
        received.alertId = alert.eventId();
        received.caseId = alert.caseSummary().id();
        received.kind = alert.kind().name();
        received.level = alert.caseSummary().level().name();
        received.payload = payload;
        received.occurredAt = alert.occurredAt();
        received.receivedAt = now;
        received.persist();
        boolean grouped = AppealGroups.grouped(alert);
        if (grouped) {
            groups.record(alert, now);
        } else {
            if (alert.kind() == AlertKind.AMENDED) {
                groups.amended(alert);
            }
            appeals.appealsFor(alert, now);
        }
        for (Subscription subscription : Subscription.<Subscription> list("status", Subscription.Status.ACTIVE)) {
            boolean publicSignUp = PublicDisclosure.isPublic(subscription.channel);
            if (subscription.covers(alert.caseSummary().level(), alert.caseSummary().province())
                    && !(grouped && subscription.channel == Channel.EMAIL)
                    && (!publicSignUp || PublicDisclosure.allows(alert.consent()))) {
                Delivery delivery = Delivery.of(Delivery.Purpose.ALERT, alert.eventId(), received.caseId,
                        Delivery.TargetType.SUBSCRIPTION, subscription.id, subscription.channel, now);
                if (subscription.pausedAt(now)) {
                    delivery.silenced(subscription.pausedUntil);
                }
                delivery.persist();
            }
        }
        registry.counter("notify.alerts.received", "kind", received.kind, "level", received.level).increment();
        deliveriesWritten.fire(new DeliveriesWritten());
    }
}
