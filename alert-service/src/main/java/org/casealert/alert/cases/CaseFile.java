package org.casealert.alert.cases;

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

import org.casealert.events.CaseStatus;
import org.casealert.events.CaseSummary.Reason;
import org.casealert.events.Confidence;
import org.casealert.events.DetentionStage;
import org.casealert.events.Level;
import org.casealert.events.RiskFactor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A case: people held together, what the reports say of them, and the decision taken on it. */
@Entity
@Table(name = "detention_case")
public class CaseFile extends PanacheEntityBase {

    @Id
    public String id;
    @Column(nullable = false)
    public String reference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DetentionStage stage;
    public LocalDate since;
    public LocalDate deadline;
    public LocalDate transferExpectedOn;
    public String facility;
    public String city;
    public String province;
    public String corridor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Confidence confidence;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Reason> reasons;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Set<RiskFactor> riskFactors;
    @Column(nullable = false)
    public Instant firstReceivedAt;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Column(nullable = false)
    public Instant lastNewsAt;
    public Instant lastAlertAt;
    public String mergedInto;
    @Enumerated(EnumType.STRING)
    public DetentionStage operatorStage;
    public LocalDate operatorSince;
    public Instant operatorChangedAt;
    /** What the case adds to its corridor's batch counts; see {@link Contribution}. */
    public String countedCorridor;
    public int countedPeople;
    public int countedWomen;
    public int countedMinors;
    public LocalDate countedDeadline;
    /** The corridor batch the case was last decided with, if any. */
    public String batchId;
    /** The operator's appeal summary, sealed to the case ({@code SealContext.appealSummary}). */
    public String appealSummarySealed;
    public String appealSummaryBy;
    public Instant appealSummaryAt;
    /** When time alone may next change the decision. */
    public Instant nextReviewAt;

    public boolean isOpen() {
        return status.isOpen() && mergedInto == null;
    }
}
