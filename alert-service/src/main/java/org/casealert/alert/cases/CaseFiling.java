package org.casealert.alert.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casealert.alert.consent.ConsentRegister;
import org.casealert.events.CaseStatus;
import org.casealert.events.Confidence;
import org.casealert.events.Consent;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.Level;
import org.casealert.events.Sex;
import org.casealert.events.inbox.ProcessedEvent;
import org.jboss.logging.Logger;

/**
 * Files a report into the case it is about, or a new one: its people (known ones learn what the report
 * adds), their sealed mentions, what it says of consent, namesakes elsewhere, a timeline line. Each event
 * is filed once (processed-event log), and the same report under a new event id adds nothing.
 */
@ApplicationScoped
public class CaseFiling {

    private static final Logger LOG = Logger.getLogger(CaseFiling.class);

    private final Correlator correlator;
    private final ConsentRegister consents;
    private final CaseReferences references;
    private final EntityManager entityManager;

    CaseFiling(Correlator correlator, ConsentRegister consents, CaseReferences references,
            EntityManager entityManager) {
        this.correlator = correlator;
        this.consents = consents;
        this.references = references;
        this.entityManager = entityManager;
    }

    /**
     * Files the report; {@code beforeChange} sees an existing case before the report changes it.
     *
     * @return the report's case, or {@code null} if the report was filed before
     */
    public CaseFile file(DetentionReported event, Instant now, Consumer<CaseFile> beforeChange) {
        if (ProcessedEvent.findById(event.eventId()) != null) {
            return null;
        }
        ProcessedEvent.of(event.eventId(), now).persist();
        if (CaseReport.findById(event.reportId()) != null) {
            return null; // the same report under a new event id: nothing new
        }
        Correlator.Correlation correlation = correlator.correlate(event);
        CaseFile file;
        if (correlation.caseId() == null) {
            file = newCase(event, now);
        } else {
            file = CaseFile.findById(correlation.caseId());
            beforeChange.accept(file);
        }
        addReport(file, event, correlation.sameAs(), now);
        correlation.possibleMatches().forEach((otherCaseId, detail) -> notePossibleMatch(file.id, otherCaseId, detail, now));
        file.lastNewsAt = now;
        file.updatedAt = now;
        // the next report of the same poll batch must find these people
        entityManager.flush();
        return file;
    }

    /** The case a filed report belongs to. */
    public static String caseOfReport(String reportId) {
        CaseReport report = CaseReport.findById(reportId);
        return report == null ? null : report.caseId;
    }

    private CaseFile newCase(DetentionReported event, Instant now) {
        CaseFile file = new CaseFile();
        file.id = UUID.randomUUID().toString();
        file.reference = references.next(now);
        file.level = Level.WATCH;
        file.status = CaseStatus.OPEN;
        file.stage = DetentionStage.UNKNOWN;
        file.confidence = Confidence.SINGLE_SOURCE;
        file.reasons = List.of();
        file.riskFactors = new TreeSet<>();
        file.firstReceivedAt = event.receivedAt();
        file.createdAt = now;
        file.updatedAt = now;
        file.lastNewsAt = now;
        file.persist();
        return file;
    }

    private void addReport(CaseFile file, DetentionReported event, Map<Integer, Long> sameAs, Instant now) {
        CaseReport report = new CaseReport();
        report.reportId = event.reportId();
        report.caseId = file.id;
        report.hotlineId = event.hotlineId();
        report.externalRef = event.externalRef();
        report.receivedAt = event.receivedAt();
        report.observedAt = event.observedAt();
        report.sourceKind = event.source().kind();
        report.sourceReliability = event.source().reliability();
        DetentionReported.Detention detention = event.detention();
        report.stage = detention.stage();
        report.since = detention.since();
        report.facility = detention.facility();
        report.city = detention.city();
        report.province = detention.province();
        report.transferExpectedOn = detention.transferExpectedOn();
        report.riskFactors = event.riskFactors() == null ? new TreeSet<>() : new TreeSet<>(event.riskFactors());
        report.consent = event.consent() == null ? Consent.NONE : event.consent();
        report.narrativeSealed = event.sealedNarrative();
        report.persist();
        List<Long> personIds = new ArrayList<>();
        for (DetentionReported.Detainee detainee : event.detainees()) {
            Long personId = sameAs.get(detainee.index());
            CasePerson person = personId == null ? newPerson(file.id, detainee, detention.province())
                    : learnMore(CasePerson.findById(personId), detainee, detention.province());
            PersonMention mention = new PersonMention();
            mention.personId = person.id;
            mention.reportId = event.reportId();
            mention.detaineeIndex = detainee.index();
            mention.sealedPersonal = detainee.sealedPersonal();
            mention.persist();
            personIds.add(person.id);
        }
        consents.recordReport(file.id, personIds, report.reportId, report.sourceKind, report.consent, report.observedAt,
                now);
        TimelineEntry entry = TimelineEntry.of(file.id, now, "REPORT", "report received: " + event.detainees().size()
                + " people, stage " + detention.stage(),
                ", source " + event.source().kind() + "/"
                        + event.source().reliability());
        entry.reportId = event.reportId();
        entry.persist();
    }

    private static CasePerson newPerson(String caseId, DetentionReported.Detainee detainee, String province) {
        CasePerson person = new CasePerson();
        person.caseId = caseId;
        person.sex = detainee.sex() == null ? Sex.UNKNOWN : detainee.sex();
        person.birthYear = detainee.birthYear();
        person.pregnant = detainee.pregnant();
        person.unnamed = detainee.unnamed();
        person.nameHashes = detainee.unnamed() || detainee.nameHashes() == null ? List.of()
                : List.copyOf(new TreeSet<>(detainee.nameHashes()));
        person.hometownHash = detainee.hometownHash();
        person.province = province;
        person.persist();
        return person;
    }

    /** What a new mention adds to a known person: names, a birth year, sex, hometown, pregnancy. */
    private static CasePerson learnMore(CasePerson person, DetentionReported.Detainee detainee, String province) {
        TreeSet<String> hashes = new TreeSet<>(person.nameHashes);
        hashes.addAll(detainee.nameHashes());
        person.nameHashes = List.copyOf(hashes);
        person.birthYear = person.birthYear != null ? person.birthYear : detainee.birthYear();
        person.sex = person.sex != Sex.UNKNOWN || detainee.sex() == null ? person.sex : detainee.sex();
        person.hometownHash = person.hometownHash != null ? person.hometownHash : detainee.hometownHash();
        person.province = person.province != null ? person.province : province;
        if (detainee.pregnant() != null) {
            person.pregnant = Boolean.TRUE.equals(person.pregnant) || detainee.pregnant();
        }
        return person;
    }

    private static void notePossibleMatch(String caseId, String otherCaseId, String detail, Instant now) {
        if (PossibleMatch.findById(new PossibleMatch.Key(caseId, otherCaseId)) == null) {
            PossibleMatch match = new PossibleMatch();
            match.caseId = caseId;
            match.otherCaseId = otherCaseId;
            match.detail = detail;
            match.createdAt = now;
            match.persist();
            LOG.infof("case %s: possible same person as in case %s (%s)", caseId, otherCaseId, detail);
        }
    }
}
