package org.casealert.alert.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A report's mention of a person, with the personal details it gave, sealed by intake. */
@Entity
@Table(name = "person_mention")
public class PersonMention extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public Long personId;
    @Column(nullable = false)
    public String reportId;
    @Column(nullable = false)
    public int detaineeIndex;
    @Column(nullable = false)
    public String sealedPersonal;
}
