package org.casealert.notify.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealedColumns;

/** Subscribers' addresses and webhook secrets, sealed with the alerts ring, for the re-seal job. */
@ApplicationScoped
class SealedSubscriptions extends SealedColumns {

    SealedSubscriptions() {
        super(Hop.ALERTS, "subscription", "id", "address_sealed", "secret_sealed", "previous_secret_sealed");
    }

    @Override
    public void reseal(String id, PersonalDataCipher ring) {
        Subscription subscription = Subscription.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (subscription != null) {
            subscription.addressSealed = ring.reseal(subscription.addressSealed,
                    SubscriptionService.addressContext(subscription.id));
            subscription.secretSealed = ring.reseal(subscription.secretSealed,
                    SubscriptionService.secretContext(subscription.id));
            subscription.previousSecretSealed = ring.reseal(subscription.previousSecretSealed,
                    SubscriptionService.previousSecretContext(subscription.id));
        }
    }
}
