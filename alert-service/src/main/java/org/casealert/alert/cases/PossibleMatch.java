package org.casealert.alert.cases;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Two cases with a person of the same name but conflicting facts: for an operator to judge. */
@Entity
@Table(name = "possible_match")
@IdClass(PossibleMatch.Key.class)
public class PossibleMatch extends PanacheEntityBase {

    @Id
    public String caseId;
    @Id
    public String otherCaseId;
    @Column(nullable = false)
    public String detail;
    @Column(nullable = false)
    public Instant createdAt;

    public record Key(String caseId, String otherCaseId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
