package org.casealert.intake.hotline;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An NGO hotline that posts reports. */
@Entity
@Table(name = "hotline")
public class Hotline extends PanacheEntityBase {

    @Id
    public String id;
    @Column(nullable = false, unique = true)
    public String name;
    @Column(nullable = false)
    public Instant createdAt;
}
