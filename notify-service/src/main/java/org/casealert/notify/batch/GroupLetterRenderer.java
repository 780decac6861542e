package org.casealert.notify.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.CaseParticulars;
import org.casealert.events.ConsentPurpose;
import org.casealert.notify.appeal.AppealLetter;
import org.casealert.notify.appeal.AppealRenderer;
import org.casealert.notify.appeal.LetterDates;
import org.casealert.notify.appeal.Phrases;
import org.casealert.notify.appeal.Recipient;
import org.casealert.notify.appeal.RecipientDirectory;
import org.casealert.notify.config.NotifyConfig;

/**
 * Renders a group's letter for one institution. A person is named only when the recipient has full disclosure
 * and that person's own consent covers this kind of recipient; everyone else is counted, never named.
 */
@ApplicationScoped
class GroupLetterRenderer {

    private final AppealRenderer appeals;
    private final GroupWording wording;
    private final Phrases phrases;
    private final NotifyConfig config;

    GroupLetterRenderer(AppealRenderer appeals, GroupWording wording, Phrases phrases, NotifyConfig config) {
        this.appeals = appeals;
        this.wording = wording;
        this.phrases = phrases;
        this.config = config;
    }

    /** {@code named}: how many people the letter names; {@code consenting}: how many consented to this recipient. */
    record Rendered(String subject, String body, int named, int consenting) {
    }

    /** What the recipient was told before: the first and the last of its approved letters on the group. */
    record Earlier(int sequence, LocalDate first, LocalDate last) {
    }

    Rendered render(AppealGroup group, Recipient recipient, List<CaseInGroup> listed, int known, Earlier earlier,
            LocalDate today) {
        String language = recipient.language;
        ConsentPurpose purpose = recipient.consentPurpose();
        boolean full = recipient.disclosure == Recipient.Disclosure.FULL;
        List<GroupTexts.Entry> entries = new ArrayList<>();
        int named = 0;
        int consenting = 0;
        int people = 0;
        for (CaseInGroup grouped : listed) {
            List<AppealLetter.Person> persons = new ArrayList<>();
            for (CaseParticulars.Detainee detainee : detainees(grouped)) {
                if (detainee.consentOrNone().grants(purpose)) {
                    consenting++;
                    if (full) {
                        persons.add(appeals.person(language, detainee));
                    }
                }
            }
            int count = grouped.summary().detaineeCount();
            named += persons.size();
            people += count;
            entries.add(new GroupTexts.Entry(grouped.summary().reference(), phrases.whereAndSince(language,
                    grouped.summary()), count, persons, Math.max(0, count - persons.size())));
        }
        int sequence = earlier.sequence() + 1;
        String crossing = wording.crossing(language, group.corridor);
        int aggravated = (int) listed.stream().filter(grouped -> grouped.summary().reasons().stream()
                .anyMatch(reason -> reason.code().equals("AGGRAVATING_FACTORS"))).count();
        GroupTexts.Letter letter = new GroupTexts.Letter(AppealLetter.Sender.of(config.sender(), language),
                phrases.get(language, "salutation." + recipient.mandate()), RecipientDirectory.nameIn(recipient, language),
                group.batchId,
                sequence, date(language, earlier.first()), date(language, earlier.last()),
                LetterDates.format(language, today), crossing, Math.max(group.cases, known), Math.max(group.people, people),
                group.women, group.minors, entries, Math.max(0, people - named), Math.max(0, group.cases - known), full,
                wording.handover(language, group.earliestDeadline, today), aggravated,
                recipient.kind == Recipient.Kind.UNHCR, recipient.kind == Recipient.Kind.EMBASSY,
                recipient.kind == Recipient.Kind.UN_SPECIAL_PROCEDURE);
        String subject = sequence == 1
                ? phrases.format(language, "group.subject.first", Map.of("reference", group.batchId, "people",
                        letter.people(), "crossing", crossing))
                : phrases.format(language, "group.subject.followup", Map.of("reference", group.batchId, "number",
                        sequence, "joined", listed.size()));
        return new Rendered(subject, GroupTemplates.renderLetter(language, letter), named, consenting);
    }

    private static List<CaseParticulars.Detainee> detainees(CaseInGroup grouped) {
        return grouped.particulars() == null || grouped.particulars().detainees() == null ? List.of()
                : grouped.particulars().detainees();
    }

    private static String date(String language, LocalDate date) {
        return date == null ? null : LetterDates.format(language, date);
    }
}
