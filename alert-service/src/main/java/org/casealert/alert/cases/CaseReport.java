package org.casealert.alert.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casealert.events.Consent;
import org.casealert.events.DetentionStage;
import org.casealert.events.Reliability;
import org.casealert.events.RiskFactor;
import org.casealert.events.SourceKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A report a case rests on; its narrative stays sealed as intake sealed it. */
@Entity
@Table(name = "case_report")
public class CaseReport extends PanacheEntityBase {

    @Id
    public String reportId;
    @Column(nullable = false)
    public String caseId;
    @Column(nullable = false)
    public String hotlineId;
    /** The hotline's own reference for the report; reports passed on from hotline to hotline keep it. */
    public String externalRef;
    @Column(nullable = false)
    public Instant receivedAt;
    @Column(nullable = false)
    public Instant observedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceKind sourceKind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reliability sourceReliability;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DetentionStage stage;
    public LocalDate since;
    public String facility;
    public String city;
    public String province;
    public LocalDate transferExpectedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Set<RiskFactor> riskFactors;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Consent consent;
    public String narrativeSealed;
}
