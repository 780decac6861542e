package org.casealert.notify.delivery;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

/** Makes a claimed delivery ready to send, through the {@link MessageComposer} of its purpose. */
@ApplicationScoped
public class DeliveryComposer {

    private final Map<Delivery.Purpose, MessageComposer> byPurpose = new EnumMap<>(Delivery.Purpose.class);

    DeliveryComposer(Instance<MessageComposer> composers) {
        for (MessageComposer composer : composers) {
            for (Delivery.Purpose purpose : composer.purposes()) {
                if (byPurpose.put(purpose, composer) != null) {
                    throw new IllegalStateException("two composers for " + purpose);
                }
            }
        }
        for (Delivery.Purpose purpose : Delivery.Purpose.values()) {
            if (!byPurpose.containsKey(purpose)) {
                throw new IllegalStateException("no composer for " + purpose);
            }
        }
    }

    @Transactional
    public Outgoing compose(String deliveryId) throws DeliveryFailure {
        Delivery delivery = Delivery.findById(deliveryId);
        return byPurpose.get(delivery.purpose).compose(delivery);
    }
}
