package org.casealert.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.CaseParticulars;
import org.casealert.events.CaseStatus;
import org.casealert.events.CaseSummary;
import org.casealert.events.Confidence;
import org.casealert.events.Consent;
import org.casealert.events.ConsentAnswer;
import org.casealert.events.ConsentGiver;
import org.casealert.events.ConsentPurpose;
import org.casealert.events.CorridorBatch;
import org.casealert.events.DeadlineBasis;
import org.casealert.events.DetentionStage;
import org.casealert.events.EventCodec;
import org.casealert.events.Level;
import org.casealert.events.PersonConsent;
import org.casealert.events.Sex;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;

/**
 * Alerts of cases in a corridor batch, as the alert service publishes them: every alert of a case in the batch
 * carries the batch, and each person their own consent register.
 */
@Singleton
class BatchAlerts {

    private final PersonalDataCipher cipher;

    BatchAlerts(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** A batch id no other test uses, at the Tumen crossing. */
    static String newBatchId() {
        return "TUMEN-ONSONG-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static CorridorBatch batch(String id, int cases, int people, int women) {
        return new CorridorBatch(id, "TUMEN-ONSONG", cases, people, women, 0,
                LocalDate.now(ZoneOffset.UTC).plusDays(4), Instant.now());
    }

    /** A woman whose family gave {@code answer} for every kind of recipient (public advocacy not asked). */
    static CaseParticulars.Detainee woman(String name, String hometown, ConsentAnswer answer) {
        PersonConsent.Given given = answer == ConsentAnswer.NOT_GIVEN ? PersonConsent.Given.NONE
                : new PersonConsent.Given(answer, ConsentGiver.FAMILY, LocalDate.now(ZoneOffset.UTC).minusDays(1));
        return new CaseParticulars.Detainee(name, null, List.of(), Sex.FEMALE, 1990, hometown, null,
                new PersonConsent(given, given, given, PersonConsent.Given.NONE));
    }

    /** The same person, whose family also allowed publication (public advocacy). */
    static CaseParticulars.Detainee publicly(CaseParticulars.Detainee person) {
        PersonConsent consent = person.consentOrNone();
        PersonConsent.Given yes = new PersonConsent.Given(ConsentAnswer.GRANTED, ConsentGiver.FAMILY,
                LocalDate.now(ZoneOffset.UTC).minusDays(1));
        return new CaseParticulars.Detainee(person.name(), person.nameHangul(), person.aliases(), person.sex(),
                person.birthYear(), person.hometown(), person.pregnant(),
                new PersonConsent(consent.un(), consent.unhcr(), consent.governments(), yes));
    }

    CaseAlert alert(String caseId, AlertKind kind, String province, CorridorBatch batch,
            List<CaseParticulars.Detainee> people) {
        UUID alertId = UUID.randomUUID();
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        int women = (int) people.stream().filter(person -> person.sex() == Sex.FEMALE).count();
        CaseSummary summary = new CaseSummary(caseId, AlertEvents.reference(caseId), Level.IMMINENT, CaseStatus.OPEN,
                DetentionStage.BORDER_FACILITY, since, since.plusDays(7), people.size(), women, 0, province,
                "Tumen Border Detention Center", "TUMEN-ONSONG", Confidence.CORROBORATED,
                List.of(new CaseSummary.Reason("CORRIDOR_BATCH", "Part of a corridor batch.")),
                List.of(UUID.randomUUID().toString()), Instant.now(), DeadlineBasis.ESTIMATED, false, 3, false, batch,
                null, null);
        boolean everyoneGranted = people.stream()
                .allMatch(person -> person.consentOrNone().un().answer() == ConsentAnswer.GRANTED);
        Boolean caseWide = everyoneGranted ? Boolean.TRUE : null;
        Boolean published = people.stream().allMatch(person -> person.consentOrNone().grants(ConsentPurpose.PUBLIC_ADVOCACY))
                ? Boolean.TRUE
                : null;
        CaseParticulars particulars = new CaseParticulars(people, 0, null, Set.of());
        return CaseAlert.of(alertId, Instant.now(), kind, null, summary,
                new Consent(caseWide, caseWide, caseWide, published, null),
                cipher.seal(EventCodec.write(particulars), SealContext.caseParticulars(alertId.toString())));
    }
}
