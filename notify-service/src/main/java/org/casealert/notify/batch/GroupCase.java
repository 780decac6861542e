package org.casealert.notify.batch;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.casealert.events.Level;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A case of a group, with its latest alert; {@code roundNumber} is the round that first told of it, null until then. */
@Entity
@Table(name = "appeal_group_case")
@IdClass(GroupCase.Key.class)
public class GroupCase extends PanacheEntityBase {

    public static class Key implements Serializable {
        public String batchId;
        public String caseId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(batchId, key.batchId) && Objects.equals(caseId, key.caseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(batchId, caseId);
        }
    }

    @Id
    public String batchId;
    @Id
    public String caseId;
    @Column(nullable = false)
    public String caseReference;
    @Column(nullable = false)
    public UUID alertId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;
    public String province;
    @Column(nullable = false)
    public Instant occurredAt;
    public Integer roundNumber;
}
