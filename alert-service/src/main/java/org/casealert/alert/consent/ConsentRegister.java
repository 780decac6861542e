package org.casealert.alert.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.Consent;
import org.casealert.events.ConsentAnswer;
import org.casealert.events.ConsentGiver;
import org.casealert.events.ConsentPurpose;
import org.casealert.events.PersonConsent;
import org.casealert.events.SourceKind;

/**
 * The consent register: per person and purpose, every answer given (by reports, by operators), and the answer
 * that holds ({@link MostRestrictiveConsent}). A case-wide purpose is granted only if every person granted it.
 */
@ApplicationScoped
public class ConsentRegister {

    /** Records what a report says; who answered is {@code consent.givenBy}, or the source itself if it can. */
    public void recordReport(String caseId, Collection<Long> personIds, String reportId, SourceKind source,
            Consent consent, Instant statedAt, Instant now) {
        if (consent == null) {
            return;
        }
        ConsentGiver giver = consent.givenBy() != null ? consent.givenBy() : ConsentGiver.impliedBy(source);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            ConsentAnswer answer = consent.answer(purpose);
            if (answer == ConsentAnswer.NOT_GIVEN || (giver == null && answer == ConsentAnswer.GRANTED)) {
                continue;
            }
            for (Long personId : personIds) {
                ConsentStatement statement = statement(caseId, personId, purpose, answer, giver, statedAt, now);
                statement.sourceKind = source;
                statement.reportId = reportId;
                statement.persist();
            }
        }
    }

    /** Records answers an operator took down from someone who can consent (a revocation is a {@code false}). */
    public void recordByOperator(String caseId, Collection<Long> personIds, ConsentGiver givenBy,
            Map<ConsentPurpose, Boolean> answers, String operator, Instant now) {
        answers.forEach((purpose, flag) -> {
            if (flag == null) {
                return;
            }
            for (Long personId : personIds) {
                ConsentStatement statement = statement(caseId, personId, purpose, ConsentAnswer.of(flag), givenBy, now,
                        now);
                statement.recordedBy = operator;
                statement.persist();
            }
        });
    }

    /** The consent that holds for each person of a case, by person id. */
    public Map<Long, PersonConsent> ofCase(String caseId) {
        Map<Long, Map<ConsentPurpose, List<MostRestrictiveConsent.Answer>>> byPerson = new HashMap<>();
        for (ConsentStatement statement : ConsentStatement.<ConsentStatement> list("caseId", caseId)) {
            byPerson.computeIfAbsent(statement.personId, id -> new EnumMap<>(ConsentPurpose.class))
                    .computeIfAbsent(statement.purpose, purpose -> new ArrayList<>())
                    .add(new MostRestrictiveConsent.Answer(statement.answer, statement.givenBy, statement.statedAt));
        }
        Map<Long, PersonConsent> consents = new HashMap<>();
        byPerson.forEach((personId, byPurpose) -> consents.put(personId, new PersonConsent(
                resolve(byPurpose, ConsentPurpose.UN_MECHANISMS), resolve(byPurpose, ConsentPurpose.UNHCR),
                resolve(byPurpose, ConsentPurpose.GOVERNMENTS), resolve(byPurpose, ConsentPurpose.PUBLIC_ADVOCACY))));
        return consents;
    }

    /** Case-wide: a purpose is granted if every person granted it, refused if anyone refused it. */
    public static Consent caseWide(Collection<Long> personIds, Map<Long, PersonConsent> consents) {
        Map<ConsentPurpose, Boolean> flags = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            List<ConsentAnswer> answers = personIds.stream()
                    .map(id -> consents.getOrDefault(id, PersonConsent.NONE).get(purpose).answer()).toList();
            flags.put(purpose, answers.contains(ConsentAnswer.REFUSED) ? Boolean.FALSE
                    : !answers.isEmpty() && answers.stream().allMatch(ConsentAnswer.GRANTED::equals) ? Boolean.TRUE
                            : null);
        }
        return new Consent(flags.get(ConsentPurpose.UN_MECHANISMS), flags.get(ConsentPurpose.UNHCR),
                flags.get(ConsentPurpose.GOVERNMENTS), flags.get(ConsentPurpose.PUBLIC_ADVOCACY), null);
    }

    /** A merge moves every answer with its people. */
    public void moveCase(String fromCaseId, String toCaseId) {
        ConsentStatement.update("caseId = ?1 where caseId = ?2", toCaseId, fromCaseId);
    }

    private static PersonConsent.Given resolve(Map<ConsentPurpose, List<MostRestrictiveConsent.Answer>> byPurpose,
            ConsentPurpose purpose) {
        return MostRestrictiveConsent.resolve(byPurpose.getOrDefault(purpose, List.of()));
    }

    private static ConsentStatement statement(String caseId, Long personId, ConsentPurpose purpose,
            ConsentAnswer answer, ConsentGiver giver, Instant statedAt, Instant now) {
        ConsentStatement statement = new ConsentStatement();
        statement.caseId = caseId;
        statement.personId = personId;
        statement.purpose = purpose;
        statement.answer = answer;
        statement.givenBy = giver;
        statement.statedAt = statedAt;
        statement.recordedAt = now;
        return statement;
    }
}
