package org.casealert.alert.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casealert.alert.consent.ConsentRegister;
import org.casealert.events.AlertKind;
import org.casealert.events.ConsentGiver;
import org.casealert.events.ConsentPurpose;
import org.casealert.events.PersonConsent;
import org.casealert.events.audit.Actor;
import org.casealert.events.audit.AuditAction;
import org.casealert.events.audit.AuditLog;
import org.casealert.events.crypto.PersonalDataCipher;
import org.casealert.events.crypto.SealContext;
import org.casealert.events.http.ProblemException;

/**
 * What operators add to a case for letters without changing its facts: the consent they took down from
 * someone who can give it (or its revocation), and the appeal summary letters use instead of the hotlines'
 * raw material. Each change is an AMENDED alert: no new letter, but pending ones are checked again.
 */
@ApplicationScoped
public class CaseAmendments {

    private final CaseLocks locks;
    private final ConsentRegister consents;
    private final CaseAlerts alerts;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final AuditLog audit;

    CaseAmendments(CaseLocks locks, ConsentRegister consents, CaseAlerts alerts, PersonalDataCipher cipher,
            Clock clock, AuditLog audit) {
        this.audit = audit;
        this.locks = locks;
        this.consents = consents;
        this.alerts = alerts;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Consent an operator took down: who gave it, for whom (everyone in the case if no one is named), and the answers. */
    public record ConsentRecord(ConsentGiver givenBy, List<Long> personIds, Boolean appealsToUn, Boolean appealsToUnhcr,
            Boolean appealsToGovernments, Boolean publicAdvocacy) {

        Map<ConsentPurpose, Boolean> answers() {
            Map<ConsentPurpose, Boolean> answers = new EnumMap<>(ConsentPurpose.class);
            answers.put(ConsentPurpose.UN_MECHANISMS, appealsToUn);
            answers.put(ConsentPurpose.UNHCR, appealsToUnhcr);
            answers.put(ConsentPurpose.GOVERNMENTS, appealsToGovernments);
            answers.put(ConsentPurpose.PUBLIC_ADVOCACY, publicAdvocacy);
            return answers;
        }
    }

    /** One person's consent as it stands. */
    public record PersonConsentView(long personId, PersonConsent consent) {
    }

    @Transactional
    public List<PersonConsentView> consentOf(String caseId) {
        CaseFile file = open(caseId);
        Map<Long, PersonConsent> register = consents.ofCase(file.id);
        List<PersonConsentView> views = new ArrayList<>();
        for (CasePerson person : CasePerson.<CasePerson> list("caseId = ?1 order by id", file.id)) {
            views.add(new PersonConsentView(person.id, register.getOrDefault(person.id, PersonConsent.NONE)));
        }
        return views;
    }

    @Transactional
    public List<PersonConsentView> recordConsent(String caseId, ConsentRecord record, Actor actor) {
        String operator = actor.name();
        if (record.answers().values().stream().allMatch(answer -> answer == null)) {
            throw ProblemException.invalid("appealsToUn", "give at least one answer");
        }
        locks.allCases();
        CaseFile file = open(caseId);
        Set<Long> people = Set.copyOf(CasePerson.<CasePerson> list("caseId", file.id).stream()
                .map(person -> person.id).toList());
        List<Long> chosen = record.personIds() == null || record.personIds().isEmpty() ? List.copyOf(people)
                : record.personIds();
        if (!people.containsAll(chosen)) {
            throw ProblemException.invalid("personIds", "not all of these people are in this case");
        }
        Instant now = clock.instant();
        consents.recordByOperator(file.id, chosen, record.givenBy(), record.answers(), operator, now);
        TimelineEntry.of(file.id, now, "CONSENT", "consent recorded for " + chosen.size() + " people, given by "
                + record.givenBy(), ", by " + operator).persist();
        amended(file, now);
        audit.record(actor, AuditAction.CONSENT_CHANGED, file.id,
                chosen.size() + " people, given by " + record.givenBy());
        return consentOf(file.id);
    }

    @Transactional
    public String setAppealSummary(String caseId, String text, String operator) {
        locks.allCases();
        CaseFile file = open(caseId);
        Instant now = clock.instant();
        file.appealSummarySealed = cipher.seal(text.strip(), SealContext.appealSummary(file.id));
        file.appealSummaryBy = operator;
        file.appealSummaryAt = now;
        TimelineEntry.of(file.id, now, "APPEAL_SUMMARY", "appeal summary written", " by " + operator).persist();
        amended(file, now);
        return file.id;
    }

    private void amended(CaseFile file, Instant now) {
        file.updatedAt = now;
        alerts.write(file, AlertKind.AMENDED, file.level, now);
    }

    private static CaseFile open(String caseId) {
        CaseFile file = CaseFile.findById(caseId);
        if (file == null) {
            throw ProblemException.notFound("case " + caseId);
        }
        if (file.mergedInto != null) {
            throw ProblemException.conflict("this case was merged into another; amend that one");
        }
        return file;
    }
}
