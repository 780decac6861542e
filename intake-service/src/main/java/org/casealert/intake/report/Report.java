package org.casealert.intake.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.casealert.events.Sex;
import org.casealert.events.SourceKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A report as stored: facts in columns, personal fields sealed. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "hotline_id", nullable = false)
    public String hotlineId;
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
    public Consent consent = Consent.NONE;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<StoredDetainee> detainees;
    public String narrativeSealed;
    public Instant publishedAt;

    /** A detainee as stored: what is needed to act on openly, the rest sealed. */
    public record StoredDetainee(Sex sex, Integer birthYear, Boolean pregnant, boolean unnamed,
            String sealedPersonal) {
    }
}
