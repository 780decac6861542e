package org.casealert.alert.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Case references, NK-year-number. The number comes from a sequence, which never makes two transactions
 * wait for each other; it keeps counting across years.
 */
@ApplicationScoped
public class CaseReferences {

    private final EntityManager entityManager;

    CaseReferences(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String next(Instant now) {
        int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        Number next = (Number) entityManager.createNativeQuery("select nextval('case_reference_seq')")
                .getSingleResult();
        return String.format("NK-%d-%04d", year, next.intValue());
    }
}
