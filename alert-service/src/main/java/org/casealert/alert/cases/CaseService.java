package org.casealert.alert.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casealert.alert.config.AlertConfig;
import org.casealert.alert.consent.ConsentRegister;
import org.casealert.alert.outbox.CaseAlertWriter;
import org.casealert.alert.rules.CorridorMap;
import org.casealert.alert.rules.Decision;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseStatus;
import org.casealert.events.Confidence;
import org.casealert.events.Consent;
import org.casealert.events.DetentionReported;
import org.casealert.events.DetentionStage;
import org.casealert.events.Level;
import org.casealert.events.Sex;
import org.casealert.events.inbox.ProcessedEvent;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Applies reports to cases and keeps every case's decision current. All changes to cases take one
 * cluster-wide advisory lock, so two instances consuming different partitions never create the same
 * case twice; each event is applied once (processed-event log in the same transaction). An alert is
 * written only when something a recipient would act on changed.
 */
@ApplicationScoped
public class CaseService {

    private static final Logger LOG = Logger.getLogger(CaseService.class);
    private static final long CASES_LOCK = 0x6361_7365_616c_6572L; // "casealer"

    private final Correlator correlator;
    private final CaseEvaluator evaluator;
    private final CaseAlertWriter alerts;
    private final CorridorMap corridors;
    private final ConsentRegister consents;
    private final AlertConfig config;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Timer reportLatency;

    CaseService(Correlator correlator, CaseEvaluator evaluator, CaseAlertWriter alerts, CorridorMap corridors,
            ConsentRegister consents, AlertConfig config, EntityManager entityManager, Clock clock, MeterRegistry registry) {
        this.correlator = correlator;
        this.evaluator = evaluator;
        this.alerts = alerts;
        this.corridors = corridors;
        this.consents = consents;
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
        this.reportLatency = Timer.builder("alert.report.latency")
                .description("From a report's receipt at intake to its case being decided here")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    /** Applies a report; returns the id of its case (also when the event was seen before). */
    @Transactional
    public String onReport(DetentionReported event) {
        lockCases();
        if (ProcessedEvent.findById(event.eventId()) != null) {
            return caseOfReport(event.reportId());
        }
        Instant now = clock.instant();
        ProcessedEvent.of(event.eventId(), now).persist();
        if (CaseReport.findById(event.reportId()) != null) {
            return caseOfReport(event.reportId()); // the same report under a new event id: nothing new
        }
        Correlator.Correlation correlation = correlator.correlate(event);
        CaseFile file = correlation.caseId() == null ? newCase(event, now) : CaseFile.findById(correlation.caseId());
        Snapshot before = correlation.caseId() == null ? null : Snapshot.of(file);
        addReport(file, event, correlation.sameAs(), now);
        correlation.possibleMatches().forEach((otherCaseId, detail) -> notePossibleMatch(file.id, otherCaseId, detail, now));
        refreshFacts(file);
        file.lastNewsAt = now;
        decideAndAlert(file, before, now);
        reevaluateCorridor(file.corridor, file.id, now);
        Duration latency = Duration.between(event.receivedAt(), now);
        if (!latency.isNegative()) { // clocks of two machines may disagree a little
            reportLatency.record(latency);
        }
        return file.id;
    }

    /** Re-decides every open case (the clock runs, batches form, risk windows open and close). */
    @Transactional
    public int reevaluateOpenCases() {
        lockCases();
        Instant now = clock.instant();
        int changed = 0;
        for (CaseFile file : CaseFile.<CaseFile> list("status = 'OPEN' and mergedInto is null")) {
            changed += redecide(file, now) ? 1 : 0;
        }
        return changed;
    }

    /** A REMINDER for each IMMINENT case with no news, and no alert, for the reminder interval. */
    @Transactional
    public int sendReminders() {
        lockCases();
        Instant now = clock.instant();
        Instant quietSince = now.minus(config.reminderAfter());
        List<CaseFile> quiet = CaseFile.list(
                "status = 'OPEN' and mergedInto is null and level = ?1 and lastNewsAt <= ?2 and (lastAlertAt is null or lastAlertAt <= ?2)",
                Level.IMMINENT, quietSince);
        for (CaseFile file : quiet) {
            alerts.write(file, AlertKind.REMINDER, file.level, now);
        }
        return quiet.size();
    }

    void lockCases() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", CASES_LOCK)
                .getSingleResult();
    }

    private String caseOfReport(String reportId) {
        CaseReport report = CaseReport.findById(reportId);
        return report == null ? null : report.caseId;
    }

    private CaseFile newCase(DetentionReported event, Instant now) {
        CaseFile file = new CaseFile();
        file.id = UUID.randomUUID().toString();
        file.reference = nextReference(now);
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
                + " people, stage " + detention.stage() + ", source " + event.source().kind() + "/"
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

    /**
     * The case's facts from its reports: the latest known stage (by when it was observed) and the
     * earliest {@code since} reported for it, the latest place, every risk factor, any consent.
     */
    void refreshFacts(CaseFile file) {
        List<CaseReport> reports = CaseReport.list("caseId = ?1 order by observedAt, receivedAt", file.id);
        Optional<CaseReport> latestKnown = reports.stream().filter(report -> report.stage != DetentionStage.UNKNOWN)
                .reduce((first, second) -> second);
        boolean operatorHasLastWord = file.operatorChangedAt != null && latestKnown
                .map(report -> !report.observedAt.isAfter(file.operatorChangedAt)).orElse(true);
        if (operatorHasLastWord && file.operatorStage != null) {
            file.stage = file.operatorStage;
            file.since = file.operatorSince;
        } else {
            file.stage = latestKnown.map(report -> report.stage).orElse(DetentionStage.UNKNOWN);
            file.since = reports.stream().filter(report -> report.stage == file.stage && report.since != null)
                    .map(report -> report.since).min(Comparator.naturalOrder()).orElse(null);
        }
        file.facility = latest(reports, report -> report.facility);
        file.city = latest(reports, report -> report.city);
        file.province = latest(reports, report -> report.province);
        file.transferExpectedOn = file.stage.inCustody() ? latest(reports, report -> report.transferExpectedOn) : null;
        file.corridor = corridors.corridorOf(file.facility, file.city).orElse(null);
        file.riskFactors = new TreeSet<>();
        reports.forEach(report -> file.riskFactors.addAll(report.riskFactors));
        file.confidence = reports.stream().map(report -> report.hotlineId).distinct().count() > 1
                ? Confidence.CORROBORATED
                : Confidence.SINGLE_SOURCE;
        file.firstReceivedAt = reports.stream().map(report -> report.receivedAt).min(Comparator.naturalOrder())
                .orElse(file.firstReceivedAt);
        if (file.status == CaseStatus.OPEN && !operatorHasLastWord) {
            if (file.stage == DetentionStage.REPATRIATED) {
                file.status = CaseStatus.REPATRIATED;
            } else if (file.stage == DetentionStage.RELEASED) {
                file.status = CaseStatus.RELEASED;
            }
        }
    }

    private static <T> T latest(List<CaseReport> reports, Function<CaseReport, T> field) {
        T value = null;
        for (CaseReport report : reports) {
            T candidate = field.apply(report);
            value = candidate != null ? candidate : value;
        }
        return value;
    }

    /** Decides the case's level and writes the timeline and, when warranted, one alert. */
    void decideAndAlert(CaseFile file, Snapshot before, Instant now) {
        if (file.status.isOpen() && file.mergedInto == null) {
            Decision decision = evaluator.evaluate(file, now);
            file.level = decision.level();
            file.deadline = decision.deadline();
            file.reasons = decision.reasons();
        } else {
            file.deadline = null;
        }
        file.updatedAt = now;
        int people = (int) CasePerson.count("caseId", file.id);
        recordChanges(file, before, people, now);
        alertKind(before, file, people).ifPresent(kind -> alerts.write(file, kind,
                before == null ? null : before.level(), now));
    }

    private static void recordChanges(CaseFile file, Snapshot before, int people, Instant now) {
        if (before == null) {
            TimelineEntry.of(file.id, now, "LEVEL", "case opened at level " + file.level).persist();
            return;
        }
        if (before.level() != file.level) {
            TimelineEntry.of(file.id, now, "LEVEL", before.level() + " → " + file.level).persist();
        }
        if (before.stage() != file.stage) {
            TimelineEntry.of(file.id, now, "STAGE", before.stage() + " → " + file.stage).persist();
        }
        if (before.status() != file.status) {
            TimelineEntry.of(file.id, now, "STATUS", before.status() + " → " + file.status).persist();
        }
        if (people > before.people()) {
            TimelineEntry.of(file.id, now, "PEOPLE", before.people() + " → " + people + " people").persist();
        }
    }

    /** RAISED, ESCALATED, DEESCALATED, UPDATED (new people, new stage), RESOLVED or REPATRIATED; else none. */
    static Optional<AlertKind> alertKind(Snapshot before, CaseFile after, int people) {
        if (before == null) {
            return Optional.of(AlertKind.RAISED);
        }
        if (before.status().isOpen() && !after.status.isOpen()) {
            return Optional.of(after.status == CaseStatus.REPATRIATED ? AlertKind.REPATRIATED : AlertKind.RESOLVED);
        }
        if (!before.status().isOpen() && after.status.isOpen()) {
            return Optional.of(AlertKind.RAISED);
        }
        if (!after.status.isOpen()) {
            return Optional.empty();
        }
        if (after.level.compareTo(before.level()) > 0) {
            return Optional.of(AlertKind.ESCALATED);
        }
        if (after.level.compareTo(before.level()) < 0) {
            return Optional.of(AlertKind.DEESCALATED);
        }
        if (people > before.people() || after.stage != before.stage()) {
            return Optional.of(AlertKind.UPDATED);
        }
        return Optional.empty();
    }

    private boolean redecide(CaseFile file, Instant now) {
        Snapshot before = Snapshot.of(file);
        Decision decision = evaluator.evaluate(file, now);
        if (decision.level() == file.level && Objects.equals(decision.deadline(), file.deadline)
                && decision.reasons().equals(file.reasons)) {
            return false;
        }
        decideAndAlert(file, before, now);
        return true;
    }

    /** Other open cases of the corridor: a case reaching the border may complete a batch for them. */
    private void reevaluateCorridor(String corridor, String exceptCaseId, Instant now) {
        if (corridor == null) {
            return;
        }
        CaseFile.<CaseFile> list("corridor = ?1 and status = 'OPEN' and mergedInto is null and id <> ?2", corridor,
                exceptCaseId).forEach(other -> redecide(other, now));
    }

    private void notePossibleMatch(String caseId, String otherCaseId, String detail, Instant now) {
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

    private String nextReference(Instant now) {
        int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        Number next = (Number) entityManager.createNativeQuery("""
                insert into case_reference_counter (year, last) values (:year, 1)
                on conflict (year) do update set last = case_reference_counter.last + 1
                returning last""").setParameter("year", year).getSingleResult();
        return String.format("NK-%d-%04d", year, next.intValue());
    }

    /** A case's state before a change, to tell what changed. */
    record Snapshot(Level level, CaseStatus status, DetentionStage stage, int people) {
        static Snapshot of(CaseFile file) {
            return new Snapshot(file.level, file.status, file.stage, (int) CasePerson.count("caseId", file.id));
        }
    }
}
