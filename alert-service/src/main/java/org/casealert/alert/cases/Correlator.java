package org.casealert.alert.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casealert.events.DetentionReported;
import org.casealert.events.Sex;

/**
 * Finds the open case a report is about. A reported person matches a person of a case when a keyed
 * name hash is shared and birth year (±1), sex, hometown and province agree or are unknown. The case
 * with most matching people wins. The same name with conflicting facts does not match: it becomes a
 * possible match for operators. Unnamed people never match by name.
 */
@ApplicationScoped
public class Correlator {

    private final EntityManager entityManager;

    Correlator(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The outcome: the case to join (or none), which reported person is which known person, namesakes elsewhere. */
    public record Correlation(String caseId, Map<Integer, Long> sameAs, Map<String, String> possibleMatches) {
    }

    public Correlation correlate(DetentionReported event) {
        Map<String, Map<Integer, Long>> matchesByCase = new LinkedHashMap<>();
        Map<String, String> namesakes = new HashMap<>();
        String province = event.detention().province();
        for (DetentionReported.Detainee detainee : event.detainees()) {
            if (detainee.unnamed() || detainee.nameHashes() == null || detainee.nameHashes().isEmpty()) {
                continue;
            }
            for (CasePerson person : namedAlike(detainee.nameHashes())) {
                String conflict = conflict(detainee, person, province);
                if (conflict == null) {
                    matchesByCase.computeIfAbsent(person.caseId, id -> new HashMap<>()).putIfAbsent(detainee.index(),
                            person.id);
                } else {
                    namesakes.putIfAbsent(person.caseId, conflict);
                }
            }
        }
        String chosen = matchesByCase.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Map<Integer, Long>>> comparingInt(entry -> distinctPeople(entry.getValue()))
                        .thenComparing(entry -> -createdOrder(entry.getKey())))
                .map(Map.Entry::getKey).orElse(null);
        Map<String, String> possible = new HashMap<>(namesakes);
        matchesByCase.keySet().stream().filter(caseId -> !caseId.equals(chosen))
                .forEach(caseId -> possible.putIfAbsent(caseId, "the same names and compatible facts"));
        if (chosen != null) {
            possible.remove(chosen);
        }
        Map<Integer, Long> sameAs = chosen == null ? Map.of() : onePersonEach(matchesByCase.get(chosen));
        return new Correlation(chosen, sameAs, possible);
    }

    @SuppressWarnings("unchecked")
    private List<CasePerson> namedAlike(List<String> hashes) {
        // hashes are base64url, so a comma never occurs in one
        return entityManager.createNativeQuery("""
                select p.* from case_person p join detention_case c on c.id = p.case_id
                where c.status = 'OPEN' and c.merged_into is null and not p.unnamed
                  and jsonb_exists_any(p.name_hashes, string_to_array(:hashes, ','))
                order by p.id""", CasePerson.class).setParameter("hashes", String.join(",", hashes))
                .getResultList();
    }

    /** Why the reported person cannot be this known person, or {@code null} if they can. */
    static String conflict(DetentionReported.Detainee detainee, CasePerson person, String province) {
        if (detainee.birthYear() != null && person.birthYear != null
                && Math.abs(detainee.birthYear() - person.birthYear) > 1) {
            return "born " + person.birthYear + ", reported born " + detainee.birthYear();
        }
        if (detainee.sex() != null && detainee.sex() != Sex.UNKNOWN && person.sex != Sex.UNKNOWN
                && detainee.sex() != person.sex) {
            return "recorded as " + person.sex + ", reported as " + detainee.sex();
        }
        if (detainee.hometownHash() != null && person.hometownHash != null
                && !detainee.hometownHash().equals(person.hometownHash)) {
            return "a different hometown";
        }
        if (province != null && person.province != null && !province.equalsIgnoreCase(person.province)) {
            return "held in " + person.province + ", reported held in " + province;
        }
        return null;
    }

    private static int distinctPeople(Map<Integer, Long> matches) {
        return new HashSet<>(matches.values()).size();
    }

    private long createdOrder(String caseId) {
        CaseFile file = CaseFile.findById(caseId);
        return file.createdAt.toEpochMilli();
    }

    /** A known person is the same as at most one person of the report. */
    private static Map<Integer, Long> onePersonEach(Map<Integer, Long> matches) {
        Map<Integer, Long> sameAs = new HashMap<>();
        Set<Long> taken = new HashSet<>();
        List<Integer> indexes = new ArrayList<>(matches.keySet());
        indexes.sort(Integer::compare);
        for (Integer index : indexes) {
            if (taken.add(matches.get(index))) {
                sameAs.put(index, matches.get(index));
            }
        }
        return sameAs;
    }
}
