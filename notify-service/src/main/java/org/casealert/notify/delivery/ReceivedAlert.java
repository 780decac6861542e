package org.casealert.notify.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casealert.events.CaseAlert;
import org.casealert.events.EventCodec;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An alert as received (its particulars still sealed), kept for the deliveries made from it. */
@Entity
@Table(name = "received_alert")
public class ReceivedAlert extends PanacheEntityBase {

    @Id
    public UUID alertId;
    @Column(nullable = false)
    public String caseId;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public String level;
    @Column(nullable = false)
    public String payload;
    @Column(nullable = false)
    public Instant occurredAt;
    @Column(nullable = false)
    public Instant receivedAt;

    public CaseAlert alert() {
        return EventCodec.readCaseAlert(payload);
    }
}
