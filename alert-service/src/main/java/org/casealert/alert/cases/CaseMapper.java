package org.casealert.alert.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.alert.config.AlertConfig;
import org.casealert.alert.consent.ConsentRegister;
import org.casealert.alert.corridor.CorridorState;
import org.casealert.alert.rules.ReasonCodes;
import org.casealert.events.CaseParticulars;
import org.casealert.events.CaseSummary;
import org.casealert.events.Consent;
import org.casealert.events.CorridorBatch;
import org.casealert.events.DeadlineBasis;
import org.casealert.events.EventCodec;
import org.casealert.events.PersonConsent;
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
    private final ConsentRegister consents;
    private final AlertConfig config;

    CaseMapper(PersonalDataCipher cipher, ConsentRegister consents, AlertConfig config) {
        this.cipher = cipher;
        this.consents = consents;
        this.config = config;
    }

    /** The summary advocates and alerts get: aggravating factors folded into one neutral reason. */
    public CaseSummary summary(CaseFile file, Instant now) {
        return summary(file, now, true);
    }

    /** The summary; {@code pseudonymised} false keeps every reason as decided, for operators. */
    public CaseSummary summary(CaseFile file, Instant now, boolean pseudonymised) {
        List<CasePerson> people = CasePerson.list("caseId", file.id);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<String> reportIds = CaseReport.<CaseReport> list("caseId = ?1 order by receivedAt", file.id).stream()
                .map(report -> report.reportId).toList();
        boolean held = file.isOpen() && file.stage.inCustody();
        Integer heldDays = held ? (int) ChronoUnit.DAYS.between(stageBegan(file), today) : null;
        CaseFile mergedInto = file.mergedInto == null ? null : CaseFile.findById(file.mergedInto);
        return new CaseSummary(file.id, file.reference, file.level, file.status, file.stage, file.since, file.deadline,
                people.size(), (int) people.stream().filter(person -> person.sex == Sex.FEMALE).count(),
                (int) people.stream().filter(person -> CaseEvaluator.isMinor(person, today.getYear())).count(),
                file.province, file.facility, file.corridor, file.confidence,
                pseudonymised ? ReasonCodes.pseudonymised(file.reasons) : file.reasons, reportIds, file.updatedAt,
                file.deadline == null ? null
                        : file.transferExpectedOn != null ? DeadlineBasis.REPORTED : DeadlineBasis.ESTIMATED,
                held && file.deadline != null && file.deadline.isBefore(today), heldDays,
                heldDays != null && heldDays > config.clock().prolongedAfterDays(), batch(file),
                mergedInto == null ? null : mergedInto.id, mergedInto == null ? null : mergedInto.reference);
    }

    /** The corridor batch the case is part of, as it stands: receivers group alerts by its id. */
    private static CorridorBatch batch(CaseFile file) {
        CorridorState state = file.batchId == null ? null : CorridorState.findById(file.corridor);
        if (state == null || !file.batchId.equals(state.batchId)) {
            return null;
        }
        return new CorridorBatch(state.batchId, state.corridor, state.cases, state.people, state.women, state.minors,
                state.earliestDeadline, state.batchFormedAt);
    }

    /** The case-wide consent, from the register: a purpose is granted only if every person granted it. */
    public Consent consent(CaseFile file) {
        List<Long> personIds = CasePerson.<CasePerson> list("caseId", file.id).stream().map(person -> person.id).toList();
        return ConsentRegister.caseWide(personIds, consents.ofCase(file.id));
    }

    /**
     * What letters may say about the people, within the configured size: people beyond it are counted in
     * {@code omittedPeople}, so that no case outgrows what the broker accepts.
     */
    public CaseParticulars particulars(CaseFile file) {
        Map<Long, PersonConsent> consent = consents.ofCase(file.id);
        List<CaseParticulars.Detainee> detainees = new ArrayList<>();
        int omitted = 0;
        long size = 0;
        Map<Long, List<PersonMention>> mentions = mentionsOf(file);
        for (CasePerson person : CasePerson.<CasePerson> list("caseId = ?1 order by id", file.id)) {
            CaseParticulars.Detainee detainee = detainee(person, opened(mentions.getOrDefault(person.id, List.of())),
                    consent.getOrDefault(person.id, PersonConsent.NONE));
            long bytes = EventCodec.write(detainee).getBytes(StandardCharsets.UTF_8).length;
            if (size + bytes > config.particularsBudget()) {
                omitted++;
                continue;
            }
            size += bytes;
            detainees.add(detainee);
        }
        return new CaseParticulars(detainees, omitted, appealSummary(file), file.riskFactors);
    }

    /** The operator's appeal summary, opened; {@code null} until one is written. */
    public String appealSummary(CaseFile file) {
        return file.appealSummarySealed == null ? null
                : cipher.open(file.appealSummarySealed, SealContext.appealSummary(file.id));
    }

    /** Every personal field of every person as reported, for operators (notes included). */
    public List<CaseView.Person> people(CaseFile file) {
        List<CaseView.Person> people = new ArrayList<>();
        Map<Long, List<PersonMention>> mentions = mentionsOf(file);
        for (CasePerson person : CasePerson.<CasePerson> list("caseId = ?1 order by id", file.id)) {
            Opened opened = opened(mentions.getOrDefault(person.id, List.of()));
            people.add(new CaseView.Person(person.id, opened.name(), opened.nameHangul(), List.copyOf(opened.aliases()),
                    person.sex, person.birthYear, opened.hometown(), person.pregnant,
                    opened.notes().isEmpty() ? null : String.join("\n", opened.notes())));
        }
        return people;
    }

    /** The hotlines' narratives, opened, for operators. */
    public List<String> narratives(CaseFile file) {
        List<String> narratives = new ArrayList<>();
        for (CaseReport report : CaseReport.<CaseReport> list("caseId = ?1 order by receivedAt", file.id)) {
            String narrative = cipher.open(report.narrativeSealed, SealContext.narrative(report.reportId));
            if (narrative != null && !narrative.isBlank()) {
                narratives.add(narrative);
            }
        }
        return narratives;
    }

    private static LocalDate stageBegan(CaseFile file) {
        return file.since != null ? file.since : LocalDate.ofInstant(file.firstReceivedAt, ZoneOffset.UTC);
    }

    private static CaseParticulars.Detainee detainee(CasePerson person, Opened opened, PersonConsent consent) {
        return new CaseParticulars.Detainee(opened.name(), opened.nameHangul(), List.copyOf(opened.aliases()),
                person.sex, person.birthYear, opened.hometown(), person.pregnant, consent);
    }

    /** A person's details merged over every mention: the first name given, all aliases, all notes. */
    private Opened opened(List<PersonMention> mentions) {
        Opened opened = new Opened();
        for (PersonMention mention : mentions) {
            opened.add(EventCodec.read(cipher.open(mention.sealedPersonal,
                    SealContext.detainee(mention.reportId, mention.detaineeIndex)), PersonalDetails.class));
        }
        return opened;
    }

    /** Every mention of the case's people, in one query, by person. */
    private static Map<Long, List<PersonMention>> mentionsOf(CaseFile file) {
        return PersonMention.<PersonMention> list(
                "personId in (select p.id from CasePerson p where p.caseId = ?1) order by id", file.id).stream()
                .collect(Collectors.groupingBy(mention -> mention.personId));
    }

    private static final class Opened {
        private String name;
        private String nameHangul;
        private String hometown;
        private final Set<String> aliases = new LinkedHashSet<>();
        private final List<String> notes = new ArrayList<>();

        void add(PersonalDetails details) {
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

        String name() {
            return name;
        }

        String nameHangul() {
            return nameHangul;
        }

        String hometown() {
            return hometown;
        }

        Set<String> aliases() {
            return aliases;
        }

        List<String> notes() {
            return notes;
        }

        private static String firstOf(String current, String candidate) {
            return current != null ? current : (candidate == null || candidate.isBlank() ? null : candidate);
        }
    }
}
