package org.casealert.intake.report;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An {@code Idempotency-Key} a hotline used, the (keyed) hash of its body and the report it made. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.PrimaryKey.class)
public class IdempotencyKey extends PanacheEntityBase {

    @Id
    @Column(name = "hotline_id")
    public String hotlineId;
    @Id
    public String key;
    @Column(nullable = false)
    public String requestHash;
    @Column(nullable = false)
    public String reportId;
    @Column(nullable = false)
    public Instant createdAt;

    public record PrimaryKey(String hotlineId, String key) implements Serializable {
        public PrimaryKey() {
            this(null, null);
        }
    }
}
