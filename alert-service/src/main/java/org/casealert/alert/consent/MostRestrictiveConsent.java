package org.casealert.alert.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casealert.events.ConsentAnswer;
import org.casealert.events.ConsentGiver;
import org.casealert.events.PersonConsent;

/**
 * Which answer holds for one person and one purpose. Each of those who can consent (the person, the family, a
 * legal representative) is heard by their latest answer, and any "no" among them wins. A refusal relayed by
 * someone who cannot consent (a broker, the media) also holds, until one who can answers after it. A yes
 * relayed by such a source counts for nothing and is never recorded.
 */
final class MostRestrictiveConsent {

    /** The parts of a statement the rule reads. */
    record Answer(ConsentAnswer answer, ConsentGiver givenBy, Instant statedAt) {
    }

    private MostRestrictiveConsent() {
    }

    static PersonConsent.Given resolve(List<Answer> answers) {
        Map<ConsentGiver, Answer> latestByGiver = new EnumMap<>(ConsentGiver.class);
        answers.stream().filter(answer -> answer.givenBy() != null).sorted(Comparator.comparing(Answer::statedAt))
                .forEach(answer -> latestByGiver.put(answer.givenBy(), answer));
        Optional<Instant> lastEntitled = latestByGiver.values().stream().map(Answer::statedAt)
                .max(Comparator.naturalOrder());
        Optional<Answer> relayedVeto = answers.stream()
                .filter(answer -> answer.givenBy() == null && answer.answer() == ConsentAnswer.REFUSED)
                .filter(answer -> lastEntitled.map(last -> !last.isAfter(answer.statedAt())).orElse(true))
                .max(Comparator.comparing(Answer::statedAt));
        Optional<Answer> refusal = latestByGiver.values().stream()
                .filter(answer -> answer.answer() == ConsentAnswer.REFUSED).max(Comparator.comparing(Answer::statedAt))
                .or(() -> relayedVeto);
        if (refusal.isPresent()) {
            return given(refusal.get());
        }
        return latestByGiver.values().stream().filter(answer -> answer.answer() == ConsentAnswer.GRANTED)
                .max(Comparator.comparing(Answer::statedAt)).map(MostRestrictiveConsent::given)
                .orElse(PersonConsent.Given.NONE);
    }

    private static PersonConsent.Given given(Answer answer) {
        return new PersonConsent.Given(answer.answer(), answer.givenBy(),
                LocalDate.ofInstant(answer.statedAt(), ZoneOffset.UTC));
    }
}
