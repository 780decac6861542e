package org.casealert.alert.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone has the case: an advocate or operator said "I have this", so nobody else need be woken. */
@Entity
@Table(name = "case_acknowledgement")
public class CaseAcknowledgement extends PanacheEntityBase {

    @Id
    public String caseId;
    @Column(nullable = false)
    public String owner;
    @Column(nullable = false)
    public Instant acknowledgedAt;
}
