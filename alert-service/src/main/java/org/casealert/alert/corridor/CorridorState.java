package org.casealert.alert.corridor;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A corridor's batch: how many open cases are held at its border (counting those whose border stage began
 * within the batch window), their people, women and minors, the earliest expected handover among them, and
 * the batch that is being assembled once there are enough.
 */
@Entity
@Table(name = "corridor_state")
public class CorridorState extends PanacheEntityBase {

    @Id
    public String corridor;
    public int cases;
    public int people;
    public int women;
    public int minors;
    public LocalDate earliestDeadline;
    public String batchId;
    public Instant batchFormedAt;
    public Instant updatedAt;

    public boolean hasBatch() {
        return batchId != null;
    }
}
