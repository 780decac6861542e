package org.casealert.notify.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired in the transaction that records a delivery as sent, for what was sent to know it (an appeal is SENT);
 * {@code letterId} names the letter of a delivery that belongs to no single alert.
 */
public record DeliverySent(Delivery.Purpose purpose, UUID alertId, String letterId, Delivery.TargetType targetType,
        String targetId, Instant sentAt) {
}
