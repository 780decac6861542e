package org.casealert.notify.batch;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The group of a corridor batch, with the batch's figures as its latest alert gave them, and how far its
 * letters have gone: {@code rounds} rounds, the last at {@code lastRoundAt}.
 */
@Entity
@Table(name = "appeal_group")
public class AppealGroup extends PanacheEntityBase {

    @Id
    public String batchId;
    @Column(nullable = false)
    public String corridor;
    public int cases;
    public int people;
    public int women;
    public int minors;
    public LocalDate earliestDeadline;
    @Column(nullable = false)
    public Instant formedAt;
    @Column(nullable = false)
    public Instant stateAt;
    @Column(nullable = false)
    public Instant firstSeenAt;
    public int rounds;
    public Instant lastRoundAt;
}
