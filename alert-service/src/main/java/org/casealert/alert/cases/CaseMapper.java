package org.casealert.alert.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.alert.rules.ReasonCodes;
import org.casealert.events.CaseParticulars;
import org.casealert.events.CaseSummary;
import org.casealert.events.EventCodec;
import org.casealert.events.PersonalDetails;
import org.casealert.events.Sex;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;

/**
 * From stored cases to what leaves the service: the pseudonymised summary (counts, places, dates,
 * neutral reasons) and, for those entitled, the particulars opened from the reports' sealed data.
 */
@ApplicationScoped
public class CaseMapper {

    private final PersonalDataCipher cipher;

    CaseMapper(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** The summary advocates and alerts get: aggravating factors folded into one neutral reason. */
    public CaseSummary summary(CaseFile file, Instant now) {
        return summary(file, now, true);
    }

    /** The summary; {@code pseudonymised} false keeps every reason as decided, for operators. */
    public CaseSummary summary(CaseFile file, Instant now, boolean pseudonymised) {
        List<CasePerson> people = CasePerson.list("caseId", file.id);
        int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        List<String> reportIds = CaseReport.<CaseReport> list("caseId = ?1 order by receivedAt", file.id).stream()
                .map(report -> report.reportId).toList();
        return new CaseSummary(file.id, file.reference, file.level, file.status, file.stage, file.since, file.deadline,
                people.size(), (int) people.stream().filter(person -> person.sex == Sex.FEMALE).count(),
                (int) people.stream().filter(person -> CaseEvaluator.isMinor(person, year)).count(), file.province,
                file.facility, file.corridor, file.confidence,
                pseudonymised ? ReasonCodes.pseudonymised(file.reasons) : file.reasons, reportIds, file.updatedAt);
    }

    /** Everything personal about the case, opened from the sealed values of its reports. */
    public CaseParticulars particulars(CaseFile file) {
        List<CaseParticulars.Detainee> detainees = new ArrayList<>();
        for (CasePerson person : CasePerson.<CasePerson> list("caseId = ?1 order by id", file.id)) {
            detainees.add(detainee(person));
        }
        List<String> narratives = new ArrayList<>();
        for (CaseReport report : CaseReport.<CaseReport> list("caseId = ?1 order by receivedAt", file.id)) {
            String narrative = cipher.open(report.narrativeSealed, SealContext.narrative(report.reportId));
            if (narrative != null && !narrative.isBlank()) {
                narratives.add(narrative);
            }
        }
        return new CaseParticulars(detainees, narratives, file.riskFactors);
    }

    /** A person's details merged over every mention: the first name given, all aliases, all notes. */
    private CaseParticulars.Detainee detainee(CasePerson person) {
        String name = null;
        String nameHangul = null;
        String hometown = null;
        Set<String> aliases = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        for (PersonMention mention : PersonMention.<PersonMention> list("personId = ?1 order by id", person.id)) {
            PersonalDetails details = EventCodec.read(cipher.open(mention.sealedPersonal,
                    SealContext.detainee(mention.reportId, mention.detaineeIndex)), PersonalDetails.class);
            name = firstOf(name, details.name());
            nameHangul = firstOf(nameHangul, details.nameHangul());
            hometown = firstOf(hometown, details.hometown());
            if (details.aliases() != null) {
                aliases.addAll(details.aliases());
            }
            if (details.name() != null && !details.name().equals(name)) {
                aliases.add(details.name());
            }
            if (details.notes() != null && !details.notes().isBlank()) {
                notes.add(details.notes());
            }
        }
        return new CaseParticulars.Detainee(name, nameHangul, List.copyOf(aliases), person.sex, person.birthYear,
                hometown, person.pregnant, notes.isEmpty() ? null : String.join("\n", notes));
    }

    private static String firstOf(String current, String candidate) {
        return current != null ? current : (candidate == null || candidate.isBlank() ? null : candidate);
    }
}
