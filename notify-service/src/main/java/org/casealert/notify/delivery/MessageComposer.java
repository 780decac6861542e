package org.casealert.notify.delivery;

import java.util.Set;

/**
 * Makes a claimed delivery ready to send, for the purposes it knows: the appeal package composes appeals,
 * the subscription package alerts and confirmations. The delivery package depends on neither.
 */
public interface MessageComposer {

    Set<Delivery.Purpose> purposes();

    /** Called in a transaction; a {@link DeliveryFailure} that is permanent ends the delivery. */
    Outgoing compose(Delivery delivery) throws DeliveryFailure;
}
