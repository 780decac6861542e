package org.casealert.alert.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Something that happened to a case: a report, a level, stage or status change, a merge. */
@Entity
@Table(name = "case_timeline")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String caseId;
    @Column(nullable = false)
    public Instant at;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public String detail;
    /** Who did or reported it (an operator's name, a source's kind), with its separator: operators only. */
    public String attribution;
    public String reportId;
    public String noteSealed;

    public static TimelineEntry of(String caseId, Instant at, String kind, String detail) {
        TimelineEntry entry = new TimelineEntry();
        entry.caseId = caseId;
        entry.at = at;
        entry.kind = kind;
        entry.detail = detail;
        return entry;
    }

    /** An entry whose {@code attribution} only operators see, e.g. {@code " set by operator@ngo"}. */
    public static TimelineEntry of(String caseId, Instant at, String kind, String detail, String attribution) {
        TimelineEntry entry = of(caseId, at, kind, detail);
        entry.attribution = attribution;
        return entry;
    }

    /** The detail as operators read it: with who did it. */
    public String attributedDetail() {
        return attribution == null ? detail : detail + attribution;
    }
}
