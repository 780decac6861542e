package org.casealert.notify.batch;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An advocate's digest of a group for one round: the cases that joined since {@code previousRound}. */
@Entity
@Table(name = "group_digest")
public class GroupDigest extends PanacheEntityBase {

    @Id
    public String id;
    @Column(nullable = false)
    public String batchId;
    public int roundNumber;
    public int previousRound;
    @Column(nullable = false)
    public String subscriptionId;
    @Column(nullable = false)
    public Instant createdAt;
    public Instant sentAt;
}
