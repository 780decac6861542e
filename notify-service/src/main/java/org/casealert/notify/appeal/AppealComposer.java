package org.casealert.notify.appeal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.EventCodec;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.notify.delivery.Channel;
import org.casealert.notify.delivery.Delivery;
import org.casealert.notify.delivery.DeliveryFailure;
import org.casealert.notify.delivery.MessageComposer;
import org.casealert.notify.delivery.Outgoing;

/** An appeal as its recipient gets it: by e-mail, or as a signed {@code case.appeal} webhook. */
@ApplicationScoped
class AppealComposer implements MessageComposer {

    private final AppealService appeals;
    private final PersonalDataCipher cipher;

    AppealComposer(AppealService appeals, PersonalDataCipher cipher) {
        this.appeals = appeals;
        this.cipher = cipher;
    }

    @Override
    public Set<Delivery.Purpose> purposes() {
        return Set.of(Delivery.Purpose.APPEAL);
    }

    @Override
    public Outgoing compose(Delivery delivery) throws DeliveryFailure {
        Appeal appeal = Appeal.find("alertId = ?1 and recipientId = ?2", delivery.alertId, delivery.targetId)
                .firstResult();
        Recipient recipient = Recipient.findById(delivery.targetId);
        if (appeal == null || recipient == null || !recipient.active || recipient.address == null) {
            throw new DeliveryFailure("the recipient is inactive or has no address", true);
        }
        if (appeal.status == Appeal.Status.BLOCKED || appeal.status == Appeal.Status.CANCELLED) {
            // consent was withdrawn, or the case overtook the letter, after it was approved
            throw new DeliveryFailure("the appeal is " + appeal.status + ": " + appeal.blockedReason, true);
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
