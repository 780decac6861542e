package org.casealert.alert.cases;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casealert.events.Sex;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One person in a case, as known from every report that mentions them; names only as keyed hashes. */
@Entity
@Table(name = "case_person")
public class CasePerson extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;
    public Integer birthYear;
    public Boolean pregnant;
    @Column(nullable = false)
    public boolean unnamed;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> nameHashes;
    public String hometownHash;
    /** The province the person was reported held in, for telling namesakes apart. */
    public String province;
}
