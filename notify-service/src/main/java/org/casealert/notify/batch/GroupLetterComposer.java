package org.casealert.notify.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.EventCodec;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.notify.appeal.Recipient;
import org.casealert.notify.delivery.Channel;
import org.casealert.notify.delivery.Delivery;
import org.casealert.notify.delivery.DeliveryFailure;
import org.casealert.notify.delivery.MessageComposer;
import org.casealert.notify.delivery.Outgoing;

/** A group letter as its recipient gets it: by e-mail, or as a signed {@code group.appeal} webhook. */
@ApplicationScoped
class GroupLetterComposer implements MessageComposer {

    private final GroupLetters letters;
    private final PersonalDataCipher cipher;

    GroupLetterComposer(GroupLetters letters, PersonalDataCipher cipher) {
        this.letters = letters;
        this.cipher = cipher;
    }

    @Override
    public Set<Delivery.Purpose> purposes() {
        return Set.of(Delivery.Purpose.GROUP_APPEAL);
    }

    @Override
    public Outgoing compose(Delivery delivery) throws DeliveryFailure {
        GroupLetter letter = GroupLetter.findById(delivery.letterId);
        Recipient recipient = Recipient.findById(delivery.targetId);
        if (letter == null || recipient == null || !recipient.active || recipient.address == null) {
            throw new DeliveryFailure("the recipient is inactive or has no address", true);
        }
        if (letter.status == GroupLetter.Status.BLOCKED) {
            // consent was withdrawn after the letter was approved
            throw new DeliveryFailure("the letter is BLOCKED: " + letter.blockedReason, true);
        }
        if (recipient.channel == Channel.WEBHOOK) {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("id", letter.id);
            content.put("batchId", letter.batchId);
            content.put("sequence", letter.sequence);
            content.put("language", letter.language);
            content.put("subject", letters.subject(letter));
            content.put("body", letters.body(letter));
            return new Outgoing.Webhook(recipient.address,
                    cipher.open(recipient.secretSealed, "recipient:" + recipient.id + ":secret"), delivery.id,
                    EventCodec.write(Map.of("type", "group.appeal", "appeal", content)));
        }
        return new Outgoing.Email(recipient.address, letters.subject(letter), letters.body(letter), Map.of());
    }
}
