package org.casealert.alert.rules;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A period an operator marks as dangerous in some provinces (the days after a China-hosted event or
 * a high-level China–DPRK meeting, when mass repatriations happened in October 2023 and April 2024).
 */
@Entity
@Table(name = "risk_window")
public class RiskWindow extends PanacheEntityBase {

    @Id
    public String id;
    @Column(nullable = false)
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> provinces;
    @Column(nullable = false)
    public Instant startsAt;
    @Column(nullable = false)
    public Instant endsAt;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public String createdBy;

    public boolean covers(String province, Instant now) {
        return province != null && !now.isBefore(startsAt) && now.isBefore(endsAt)
                && provinces.stream().anyMatch(province::equalsIgnoreCase);
    }
}
