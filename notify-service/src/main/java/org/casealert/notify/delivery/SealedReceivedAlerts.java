package org.casealert.notify.delivery;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casealert.events.EventCodec;
import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.events.crypto.SealedColumns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The alerts as received, whose particulars alert sealed with the alerts ring, for the re-seal job. */
@ApplicationScoped
class SealedReceivedAlerts extends SealedColumns {

    SealedReceivedAlerts() {
        super(Hop.ALERTS, "received_alert", "alert_id", "payload");
    }

    @Override
    public void reseal(String id, PersonalDataCipher ring) {
        ReceivedAlert received = ReceivedAlert.findById(UUID.fromString(id), LockModeType.PESSIMISTIC_WRITE);
        if (received == null) {
            return;
        }
        try {
            // the event as it came, but for its sealed particulars
            ObjectNode alert = (ObjectNode) EventCodec.mapper().readTree(received.payload);
            String sealed = alert.path("sealedParticulars").asText(null);
            if (sealed != null) {
                alert.put("sealedParticulars", ring.reseal(sealed, SealContext.caseParticulars(id)));
                received.payload = EventCodec.mapper().writeValueAsString(alert);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a received alert that is not JSON", e);
        }
    }
}
