package org.casealert.alert.consent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casealert.events.ConsentAnswer;
import org.casealert.events.ConsentGiver;
import org.casealert.events.ConsentPurpose;
import org.casealert.events.SourceKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One answer given for one person and one purpose, from a report or recorded by an operator. {@code givenBy}
 * is null when the source could not consent for the person (only such a source's refusals are kept).
 */
@Entity
@Table(name = "consent_statement")
public class ConsentStatement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String caseId;
    @Column(nullable = false)
    public Long personId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentPurpose purpose;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentAnswer answer;
    @Enumerated(EnumType.STRING)
    public ConsentGiver givenBy;
    @Enumerated(EnumType.STRING)
    public SourceKind sourceKind;
    public String reportId;
    public String recordedBy;
    @Column(nullable = false)
    public Instant statedAt;
    @Column(nullable = false)
    public Instant recordedAt;
}
