package org.casealert.alert.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.EventCodec;
import org.casealert.events.Level;
import org.casealert.events.Topics;
import org.casealert.events.crypto.Crypto;
import org.casealert.events.crypto.Hop;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.events.outbox.OutboxMessage;
import org.casealert.events.outbox.OutboxWritten;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Writes a case alert to the outbox, in the transaction that changed the case: the pseudonymised
 * case for everyone, and the particulars sealed to this alert for recipients entitled to them.
 */
@ApplicationScoped
public class CaseAlerts {

    private final CaseMapper mapper;
    private final PersonalDataCipher cipher;
    private final Event<OutboxWritten> outboxWritten;
    private final MeterRegistry registry;

    CaseAlerts(CaseMapper mapper, Crypto crypto, Event<OutboxWritten> outboxWritten, MeterRegistry registry) {
        this.mapper = mapper;
        // the alert → notify ring: notify opens what it seals, and nothing alert keeps for itself
        this.cipher = crypto.ring(Hop.ALERTS);
        this.outboxWritten = outboxWritten;
        this.registry = registry;
    }

    public CaseAlert write(CaseFile file, AlertKind kind, Level previousLevel, Instant now) {
        UUID alertId = UUID.randomUUID();
        String particulars = cipher.seal(EventCodec.write(mapper.particulars(file)),
                SealContext.caseParticulars(alertId.toString()));
        CaseAlert alert = CaseAlert.of(alertId, now, kind, previousLevel, mapper.summary(file, now),
                mapper.consent(file), particulars);
        OutboxMessage.of(alertId, Topics.CASE_ALERTS, file.id, EventCodec.write(alert), now).persist();
        file.lastAlertAt = now;
        TimelineEntry.of(file.id, now, "ALERT", kind + " alert at level " + file.level).persist();
        outboxWritten.fire(new OutboxWritten());
        registry.counter("alert.case.alerts", "kind", kind.name(), "level", file.level.name()).increment();
        return alert;
    }
}
