package org.casealert.intake.hotline;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An API key of a hotline, kept only as the SHA-256 of the key and its first characters. */
@Entity
@Table(name = "hotline_key")
public class HotlineKey extends PanacheEntityBase {

    @Id
    public String id;
    @Column(nullable = false)
    public String hotlineId;
    public String label;
    @Column(nullable = false)
    public String prefix;
    @Column(nullable = false, unique = true)
    public String keyHash;
    @Column(nullable = false)
    public Instant createdAt;
    public Instant revokedAt;
}
