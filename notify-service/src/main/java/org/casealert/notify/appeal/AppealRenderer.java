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
import org.casealert.events.CaseStatus;
import org.casealert.events.CaseSummary;
import org.casealert.events.ConsentPurpose;
import org.casealert.events.DeadlineBasis;
import org.casealert.events.PersonConsent;
import org.casealert.events.RiskFactor;
import org.casealert.notify.config.NotifyConfig;

/**
 * Renders the letter for one recipient from one alert: Amnesty's Urgent Action shape (who, where, since when, why
 * at risk, legal basis, what we ask of this addressee), numbered over the letters this recipient was actually sent
 * and saying what changed since its last one. A person is named only when the recipient has full disclosure and
 * that person's own consent covers the recipient's kind; the letter then states that consent in one line.
 */
@ApplicationScoped
public class AppealRenderer {

    private final Phrases phrases;
    private final NotifyConfig config;

    AppealRenderer(Phrases phrases, NotifyConfig config) {
        this.phrases = phrases;
        this.config = config;
    }

    public record Rendered(String subject, String body, int named, int consenting) {
    }

    /**
     * What the recipient was sent before on this case: how many letters, the dates of the first and the last, and
     * the case as the last one described it (null before the first letter).
     */
    public record Earlier(int sent, LocalDate first, LocalDate last, CaseSummary lastSummary) {

        public static final Earlier NONE = new Earlier(0, null, null, null);
    }

    /** What kind of letter an alert makes: an appeal, the record of a return, or a change of the case. */
    public static AppealLetter.Type type(CaseAlert alert) {
        if (alert.kind() == AlertKind.MERGED) {
            return AppealLetter.Type.MERGED;
        }
        if (alert.kind() == AlertKind.REPATRIATED) {
            return AppealLetter.Type.REPATRIATED;
        }
        if (alert.kind() == AlertKind.RESOLVED) {
            CaseStatus status = alert.caseSummary().status();
            return status == CaseStatus.RELEASED ? AppealLetter.Type.RELEASED
                    : status == CaseStatus.SAFE ? AppealLetter.Type.SAFE : AppealLetter.Type.CLOSED;
        }
        return AppealLetter.Type.APPEAL;
    }

    /**
     * @param particulars the opened particulars (consent is read from them for every recipient; names and risk
     *        factors are printed only for full disclosure), or {@code null}
     */
    public Rendered render(CaseAlert alert, Recipient recipient, CaseParticulars particulars, Earlier earlier,
            LocalDate today) {
        String language = recipient.language;
        CaseSummary summary = alert.caseSummary();
        AppealLetter.Type type = type(alert);
        Recipient.Mandate mandate = recipient.mandate();
        ConsentPurpose purpose = recipient.consentPurpose();
        boolean full = recipient.disclosure == Recipient.Disclosure.FULL && particulars != null;
        List<CaseParticulars.Detainee> detainees = particulars == null || particulars.detainees() == null ? List.of()
                : particulars.detainees();
        List<CaseParticulars.Detainee> consenting = detainees.stream()
                .filter(detainee -> detainee.consentOrNone().grants(purpose)).toList();
        boolean aboutPeople = type == AppealLetter.Type.APPEAL || type == AppealLetter.Type.REPATRIATED;
        List<CaseParticulars.Detainee> named = full && aboutPeople ? consenting : List.of();
        int number = earlier.sent() + 1;
        String headline = phrases.format(language, "headline." + alert.kind(), Map.of("count", summary.detaineeCount()));
        String mergedInto = summary.mergedIntoReference();
        String title = title(language, type, mandate, number, summary.reference());
        Map<String, Object> subjectValues = Map.of("count", summary.detaineeCount(), "reference", summary.reference(),
                "number", number, "headline", headline, "into", String.valueOf(mergedInto));
        String subject = switch (type) {
            case APPEAL -> number == 1 ? phrases.format(language, "subject.first", subjectValues)
                    : phrases.format(language, "subject.followup", subjectValues);
            case REPATRIATED -> phrases.format(language, mandate == Recipient.Mandate.WGEID ? "subject.REPATRIATED.WGEID"
                    : "subject.REPATRIATED", subjectValues);
            default -> phrases.format(language, "subject." + type, subjectValues);
        };
        Map<String, String> consentInfo = consentLines(language, recipient, named);
        AppealMessages messages = AppealTemplates.messages(language);
        List<AppealLetter.Person> people = named.stream().map(detainee -> person(language, detainee)).toList();
        AppealLetter letter = new AppealLetter(AppealLetter.Sender.of(config.sender(), language),
                RecipientDirectory.nameIn(recipient, language),
                phrases.get(language, "salutation." + mandate), summary.reference(), type, mandate, number,
                date(language, earlier.first()), date(language, earlier.last()), LetterDates.format(language, today),
                title, headline, phrases.whereAndSince(language, summary), handover(language, summary, today),
                prolonged(language, summary), summary.detaineeCount(), summary.women(), summary.minors(), full,
                people, people.stream().map(person -> messages.personInline(person.name(), person.details()))
                        .collect(Collectors.joining(phrases.get(language, "list.separator"))),
                Math.max(0, summary.detaineeCount() - named.size()), consentInfo.get("basis"),
                consentInfo.get("publication"),
                full && !named.isEmpty() ? particulars.appealSummary() : null,
                earlier.lastSummary() == null || type != AppealLetter.Type.APPEAL ? List.of()
                        : changes(language, earlier.lastSummary(), summary, today),
                full ? riskTexts(language, particulars) : List.of(),
                !full && summary.reasons().stream().anyMatch(reason -> reason.code().equals("AGGRAVATING_FACTORS")),
                full && particulars.riskFactors() != null && particulars.riskFactors().contains(
                        RiskFactor.TRAFFICKING_VICTIM),
                mergedInto, LetterDates.format(language, LocalDate.ofInstant(alert.occurredAt(),
                        ZoneOffset.UTC)));
        return new Rendered(subject, AppealTemplates.render(language, letter), named.size(), consenting.size());
    }

    private String title(String language, AppealLetter.Type type, Recipient.Mandate mandate, int number,
            String reference) {
        Map<String, Object> values = Map.of("number", number, "reference", reference);
        return switch (type) {
            case APPEAL -> phrases.format(language, number == 1 ? "title.first" : "title.followup", values);
            case REPATRIATED -> phrases.format(language, mandate == Recipient.Mandate.WGEID ? "title.REPATRIATED.WGEID"
                    : "title.REPATRIATED", values);
            default -> phrases.format(language, "title." + type, values);
        };
    }

    /**
     * The handover date as what it is: a source's report or an estimate by typical timelines; one that has passed
     * is said to have passed, never printed as expected.
     */
    String handover(String language, CaseSummary summary, LocalDate today) {
        if (summary.deadline() == null) {
            return phrases.get(language, "handover.unknown");
        }
        boolean reported = summary.deadlineBasis() == DeadlineBasis.REPORTED;
        boolean passed = summary.overdue() || summary.deadline().isBefore(today);
        String key = "handover." + (reported ? "reported" : "estimated") + (passed ? ".passed" : "");
        return phrases.format(language, key, Map.of("date", LetterDates.format(language, summary.deadline())));
    }

    private String prolonged(String language, CaseSummary summary) {
        if (!summary.prolonged() || summary.heldDays() == null) {
            return null;
        }
        return phrases.format(language, "handover.prolonged", Map.of("days", summary.heldDays()));
    }

    /** One line on the consent behind the names, and for mechanisms that publish, what may be made public. */
    private Map<String, String> consentLines(String language, Recipient recipient,
            List<CaseParticulars.Detainee> named) {
        if (named.isEmpty()) {
            return Map.of();
        }
        ConsentPurpose purpose = recipient.consentPurpose();
        String givers = named.stream().map(detainee -> {
            PersonConsent.Given given = detainee.consentOrNone().get(purpose);
            String by = phrases.get(language, "consent.by." + given.givenBy());
            String who = person(language, detainee).name();
            return given.on() == null ? phrases.format(language, "consent.entry", Map.of("name", who, "by", by))
                    : phrases.format(language, "consent.entry.on", Map.of("name", who, "by", by, "date",
                            LetterDates.format(language, given.on())));
        }).collect(Collectors.joining(phrases.get(language, "list.separator")));
        String basis = phrases.format(language, "consent.basis", Map.of("entries", givers, "purpose",
                phrases.get(language, "purpose." + purpose)));
        if (!recipient.mandate().communicates()) {
            return Map.of("basis", basis);
        }
        boolean publishable = named.stream()
                .allMatch(detainee -> detainee.consentOrNone().grants(ConsentPurpose.PUBLIC_ADVOCACY));
        return Map.of("basis", basis, "publication",
                phrases.get(language, publishable ? "consent.publication.granted" : "consent.publication.withheld"));
    }

    /** What changed since the recipient's last letter on the case, one sentence each. */
    List<String> changes(String language, CaseSummary before, CaseSummary now, LocalDate today) {
        List<String> changes = new ArrayList<>();
        if (before.level() != now.level()) {
            changes.add(phrases.format(language, "change.level", Map.of("from", phrases.get(language, "level."
                    + before.level()), "to", phrases.get(language, "level." + now.level()))));
        }
        if (before.stage() != now.stage() || !Objects.equals(before.facility(), now.facility())
                || !Objects.equals(before.province(), now.province())) {
            changes.add(phrases.format(language, "change.place", Map.of("where", phrases.whereAndSince(language, now))));
        }
        if (before.detaineeCount() != now.detaineeCount()) {
            changes.add(phrases.format(language, "change.people", Map.of("count", now.detaineeCount(), "before",
                    before.detaineeCount())));
        }
        boolean passedBefore = before.deadline() != null && (before.overdue() || before.deadline().isBefore(today));
        boolean passedNow = now.deadline() != null && (now.overdue() || now.deadline().isBefore(today));
        if (!Objects.equals(before.deadline(), now.deadline()) || before.deadlineBasis() != now.deadlineBasis()
                || passedBefore != passedNow) {
            changes.add(handover(language, now, today));
        }
        if (before.batch() == null && now.batch() != null) {
            changes.add(phrases.get(language, "change.batch"));
        }
        if (!before.prolonged() && now.prolonged()) {
            changes.add(prolonged(language, now));
        }
        if (changes.isEmpty()) {
            changes.add(phrases.get(language, "change.none"));
        }
        return changes;
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
            details.add(phrases.format(language, "person.hometown", Map.of("hometown",
                    PlaceNames.place(language, detainee.hometown()))));
        }
        if (Boolean.TRUE.equals(detainee.pregnant())) {
            details.add(phrases.get(language, "person.pregnant"));
        }
        return new AppealLetter.Person(name, String.join(phrases.get(language, "details.separator"), details));
    }

    private List<String> riskTexts(String language, CaseParticulars particulars) {
        List<String> texts = new ArrayList<>();
        if (particulars.riskFactors() != null) {
            particulars.riskFactors().stream().sorted()
                    .forEach(factor -> texts.add(phrases.get(language, "risk." + factor)));
        }
        if (particulars.detainees() != null
                && particulars.detainees().stream().anyMatch(detainee -> Boolean.TRUE.equals(detainee.pregnant()))) {
            texts.add(phrases.get(language, "risk.PREGNANT"));
        }
        return texts;
    }

    private static String date(String language, LocalDate date) {
        return date == null ? null : LetterDates.format(language, date);
    }
}
