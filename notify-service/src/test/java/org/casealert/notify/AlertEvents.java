package org.casealert.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.CaseParticulars;
import org.casealert.events.CaseStatus;
import org.casealert.events.CaseSummary;
import org.casealert.events.Confidence;
import org.casealert.events.Consent;
import org.casealert.events.ConsentAnswer;
import org.casealert.events.ConsentGiver;
import org.casealert.events.DeadlineBasis;
import org.casealert.events.DetentionStage;
import org.casealert.events.EventCodec;
import org.casealert.events.Level;
import org.casealert.events.PersonConsent;
import org.casealert.events.RiskFactor;
import org.casealert.events.Sex;
import org.casealert.events.Topics;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;

/**
 * Builds {@code CaseAlert}s as the alert service publishes them, particulars sealed to the alert. A case
 * keeps its reference (unique in the test JVM) over all its alerts, so mails can be told apart by it.
 */
@Singleton
class AlertEvents {

    static final String NAME = "Kim Ok-sun";
    static final String HANGUL = "김옥순";
    static final String HOMETOWN = "Hoeryong";
    static final String NOTES = "Detained together with her daughter at Yanji station";
    static final String SECOND_NAME = "Ri Chun-hui";
    static final String SECOND_HOMETOWN = "Musan";
    static final String NARRATIVE = "Her sister in Seoul called on Tuesday night";

    /** Everything that identifies a person or tells their story: never for advocates or pseudonymised letters. */
    /** What identifies the test people, with their hometowns as Korean and Chinese letters would print them. */
    static final List<String> PERSONAL = List.of(NAME, HANGUL, HOMETOWN, "회령", "会宁", NOTES, SECOND_NAME,
            SECOND_HOMETOWN, "무산", "茂山", NARRATIVE);

    private static final AtomicInteger REFERENCES = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000,
            900_000));
    private static final Map<String, String> REFERENCE_BY_CASE = new ConcurrentHashMap<>();

    private final PersonalDataCipher cipher;

    AlertEvents(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    static String newCaseId() {
        return UUID.randomUUID().toString();
    }

    /** A province name no other test uses: subscriptions filtered on it see this test's alerts only. */
    static String province() {
        return "Jilin-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String reference(String caseId) {
        return REFERENCE_BY_CASE.computeIfAbsent(caseId, id -> "NK-2026-" + REFERENCES.incrementAndGet());
    }

    CaseAlert alert(String caseId, AlertKind kind, Level level, String province, boolean consent) {
        return alert(caseId, kind, level, province, consent
                ? new PersonConsent.Given(ConsentAnswer.GRANTED, ConsentGiver.FAMILY,
                        LocalDate.now(ZoneOffset.UTC).minusDays(3))
                : PersonConsent.Given.NONE);
    }

    /** Both people with {@code given} as their answer for UN mechanisms, UNHCR and governments. */
    CaseAlert alert(String caseId, AlertKind kind, Level level, String province, PersonConsent.Given given) {
        boolean consent = given.answer() == ConsentAnswer.GRANTED;
        UUID alertId = UUID.randomUUID();
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        CaseStatus status = switch (kind) {
            case MERGED -> CaseStatus.CLOSED;
            case RESOLVED -> CaseStatus.SAFE;
            case REPATRIATED -> CaseStatus.REPATRIATED;
            default -> CaseStatus.OPEN;
        };
        String mergedInto = kind == AlertKind.MERGED ? newCaseId() : null;
        CaseSummary summary = new CaseSummary(caseId, reference(caseId), level, status,
                DetentionStage.BORDER_FACILITY, since, since.plusDays(7), 2, 2, 0, province,
                "Tumen Border Detention Center", "TUMEN-ONSONG", Confidence.CORROBORATED,
                List.of(new CaseSummary.Reason("BORDER_FACILITY", "Held at a border detention facility."),
                        new CaseSummary.Reason("AGGRAVATING_FACTORS", "Aggravating factors were reported.")),
                List.of(UUID.randomUUID().toString()), Instant.now(), DeadlineBasis.ESTIMATED, false, 3, false, null,
                mergedInto, mergedInto == null ? null : reference(mergedInto));
        PersonConsent personConsent = new PersonConsent(given, given, given, PersonConsent.Given.NONE);
        CaseParticulars particulars = new CaseParticulars(List.of(
                new CaseParticulars.Detainee(NAME, HANGUL, List.of("Ok-sun"), Sex.FEMALE, 1994, HOMETOWN, true,
                        personConsent),
                new CaseParticulars.Detainee(SECOND_NAME, null, List.of(), Sex.FEMALE, 1988, SECOND_HOMETOWN, null,
                        personConsent)),
                0, null, Set.of(RiskFactor.RELIGIOUS_CONTACT));
        Boolean granted = given.answer().flag();
        return CaseAlert.of(alertId, Instant.now(), kind, null, summary,
                new Consent(granted, granted, granted, null, null),
                cipher.seal(EventCodec.write(particulars), SealContext.caseParticulars(alertId.toString())));
    }

    /**
     * The same alert, every person's family having also allowed publication: what public e-mail sign-ups may hear of
     * ({@code PublicDisclosure}).
     */
    CaseAlert madePublic(CaseAlert alert) {
        String context = SealContext.caseParticulars(alert.eventId().toString());
        CaseParticulars particulars = EventCodec.read(cipher.open(alert.sealedParticulars(), context),
                CaseParticulars.class);
        PersonConsent.Given yes = new PersonConsent.Given(ConsentAnswer.GRANTED, ConsentGiver.FAMILY,
                LocalDate.now(ZoneOffset.UTC).minusDays(3));
        List<CaseParticulars.Detainee> people = particulars.detainees().stream()
                .map(person -> new CaseParticulars.Detainee(person.name(), person.nameHangul(), person.aliases(),
                        person.sex(), person.birthYear(), person.hometown(), person.pregnant(),
                        new PersonConsent(person.consentOrNone().un(), person.consentOrNone().unhcr(),
                                person.consentOrNone().governments(), yes)))
                .toList();
        CaseParticulars published = new CaseParticulars(people, particulars.omittedPeople(), particulars.appealSummary(),
                particulars.riskFactors());
        Consent consent = alert.consent();
        return CaseAlert.of(alert.eventId(), alert.occurredAt(), alert.kind(), alert.previousLevel(), alert.caseSummary(),
                new Consent(consent.appealsToUn(), consent.appealsToUnhcr(), consent.appealsToGovernments(), true,
                        consent.givenBy()),
                cipher.seal(EventCodec.write(published), context));
    }

    /** Puts the alert on {@code case-alerts}, keyed by its case as the alert service does. */
    static CaseAlert publish(CaseAlert alert) {
        TestTopics.send(Topics.CASE_ALERTS, alert.caseSummary().id(), EventCodec.write(alert));
        return alert;
    }
}
