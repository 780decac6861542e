package org.casealert.notify.appeal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.CaseParticulars;
import org.casealert.events.CaseSummary;
import org.casealert.notify.config.NotifyConfig;

/**
 * Renders the appeal for one recipient from one alert: Amnesty's Urgent Action shape (who, where,
 * since when, why at risk, legal basis, what we ask), numbered follow-ups that refer to the first.
 * Names appear only when the recipient has full disclosure and {@code particulars} were opened for it.
 */
@ApplicationScoped
public class AppealRenderer {

    private final Phrases phrases;
    private final NotifyConfig config;

    AppealRenderer(Phrases phrases, NotifyConfig config) {
        this.phrases = phrases;
        this.config = config;
    }

    public record Rendered(String subject, String body) {
    }

    /**
     * @param particulars the opened particulars for full disclosure, or {@code null}
     * @param firstDate the date of the first appeal on this case to this recipient (the alert's date for the first)
     */
    public Rendered render(CaseAlert alert, Recipient recipient, CaseParticulars particulars, int sequence,
            LocalDate firstDate) {
        String language = recipient.language;
        CaseSummary summary = alert.caseSummary();
        boolean full = particulars != null;
        String headline = phrases.format(language, "headline." + alert.kind(), Map.of("count", summary.detaineeCount()));
        AppealLetter letter = new AppealLetter(config.organisation(), recipient.name, summary.reference(), sequence,
                firstDate.toString(), LocalDate.ofInstant(alert.occurredAt(), ZoneOffset.UTC).toString(), headline,
                phrases.whereAndSince(language, summary), summary.deadline() == null ? null : summary.deadline().toString(),
                summary.detaineeCount(), summary.women(), summary.minors(), full,
                full ? people(language, particulars) : List.of(),
                List.of(),
                full ? riskTexts(language, particulars) : List.of(),
                !full && summary.reasons().stream().anyMatch(reason -> reason.code().equals("AGGRAVATING_FACTORS")),
                recipient.kind == Recipient.Kind.UNHCR, recipient.kind == Recipient.Kind.EMBASSY,
                recipient.kind == Recipient.Kind.UN_SPECIAL_PROCEDURE, alert.kind() == AlertKind.REPATRIATED,
                alert.kind() == AlertKind.RESOLVED);
        String subject = sequence == 1
                ? phrases.format(language, "subject.first", Map.of("count", summary.detaineeCount(), "reference",
                        summary.reference()))
                : phrases.format(language, "subject.followup", Map.of("reference", summary.reference(), "update",
                        sequence - 1, "headline", headline));
        return new Rendered(subject, AppealTemplates.letter(language, letter).render().strip() + "\n");
    }

    private List<AppealLetter.Person> people(String language, CaseParticulars particulars) {
        return particulars.detainees().stream().map(detainee -> person(language, detainee)).toList();
    }

    /** One person as a letter prints them: names (or aliases), sex, year of birth, hometown, pregnancy. */
    public AppealLetter.Person person(String language, CaseParticulars.Detainee detainee) {
        String name = Stream.of(detainee.name(), detainee.nameHangul()).filter(Objects::nonNull)
                .collect(Collectors.joining(" / "));
        if (name.isEmpty()) {
            name = detainee.aliases() == null || detainee.aliases().isEmpty() ? phrases.get(language, "person.unnamed")
                    : String.join(", ", detainee.aliases());
        }
        List<String> details = new ArrayList<>();
        if (detainee.aliases() != null && !detainee.aliases().isEmpty() && detainee.name() != null) {
            details.add(phrases.format(language, "person.aliases", Map.of("aliases", String.join(", ", detainee.aliases()))));
        }
        details.add(phrases.get(language, "sex." + detainee.sex()));
        if (detainee.birthYear() != null) {
            details.add(phrases.format(language, "person.born", Map.of("year", detainee.birthYear())));
        }
        if (detainee.hometown() != null) {
            details.add(phrases.format(language, "person.hometown", Map.of("hometown", detainee.hometown())));
        }
        if (Boolean.TRUE.equals(detainee.pregnant())) {
            details.add(phrases.get(language, "person.pregnant"));
        }
        return new AppealLetter.Person(name, String.join(", ", details), null);
    }

    private List<String> riskTexts(String language, CaseParticulars particulars) {
        List<String> texts = new ArrayList<>();
        if (particulars.riskFactors() != null) {
            particulars.riskFactors().forEach(factor -> texts.add(phrases.get(language, "risk." + factor)));
        }
        if (particulars.detainees().stream().anyMatch(detainee -> Boolean.TRUE.equals(detainee.pregnant()))) {
            texts.add(phrases.get(language, "risk.PREGNANT"));
        }
        return texts;
    }
}
