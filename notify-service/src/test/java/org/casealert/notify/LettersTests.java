package org.casealert.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.CaseParticulars;
import org.casealert.events.CaseStatus;
import org.casealert.events.CaseSummary;
import org.casealert.events.Confidence;
import org.casealert.events.ConsentAnswer;
import org.casealert.events.ConsentGiver;
import org.casealert.events.DeadlineBasis;
import org.casealert.events.DetentionStage;
import org.casealert.events.Level;
import org.casealert.events.PersonConsent;
import org.casealert.events.RiskFactor;
import org.casealert.events.Sex;
import org.casealert.notify.appeal.AppealRenderer;
import org.casealert.notify.appeal.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden letters in English, one per recipient kind and kind of letter, checked for what each must say and
 * must not say: the asks an addressee can act on, the legal basis with its document symbols, the consent behind
 * every name, the handover date as a report or an estimate, and the truth about merges and resolutions.
 */
@QuarkusTest
class LettersTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final PersonConsent.Given FAMILY_YES = new PersonConsent.Given(ConsentAnswer.GRANTED, ConsentGiver.FAMILY,
            LocalDate.of(2026, 11, 28));
    static final PersonConsent.Given FAMILY_NO = new PersonConsent.Given(ConsentAnswer.REFUSED, ConsentGiver.FAMILY,
            LocalDate.of(2026, 11, 29));

    @Inject
    AppealRenderer renderer;

    /** Kim consented to UN mechanisms and UNHCR, not to governments; Ri's family refused everything. */
    static CaseParticulars particulars(Set<RiskFactor> risks) {
        return new CaseParticulars(List.of(
                new CaseParticulars.Detainee(AlertEvents.NAME, AlertEvents.HANGUL, List.of(), Sex.FEMALE, 1994,
                        AlertEvents.HOMETOWN, null, new PersonConsent(FAMILY_YES, FAMILY_YES, FAMILY_NO, FAMILY_NO)),
                new CaseParticulars.Detainee(AlertEvents.SECOND_NAME, null, List.of(), Sex.FEMALE, 2010,
                        AlertEvents.SECOND_HOMETOWN, null, new PersonConsent(FAMILY_NO, FAMILY_NO, FAMILY_NO, FAMILY_NO))),
                0, null, risks);
    }

    static CaseSummary summary(CaseStatus status, DetentionStage stage, LocalDate deadline, DeadlineBasis basis,
            boolean overdue, String mergedInto) {
        return new CaseSummary("case-1", "NK-2026-0042", Level.IMMINENT, status, stage, LocalDate.of(2026, 11, 20),
                deadline, 2, 2, 1, "Jilin", "Tumen Border Detention Center", "TUMEN-ONSONG", Confidence.CORROBORATED,
                List.of(new CaseSummary.Reason("BORDER_FACILITY", "Held at a border detention facility.")), List.of(),
                Instant.parse("2026-12-01T08:00:00Z"), basis, overdue, 11, false, null,
                mergedInto == null ? null : "case-2", mergedInto);
    }

    static CaseSummary open() {
        return summary(CaseStatus.OPEN, DetentionStage.BORDER_FACILITY, LocalDate.of(2026, 12, 4),
                DeadlineBasis.ESTIMATED, false, null);
    }

    static CaseAlert alert(AlertKind kind, CaseSummary summary) {
        return CaseAlert.of(UUID.randomUUID(), Instant.parse("2026-12-01T08:00:00Z"), kind, null, summary, null, null);
    }

    AppealRenderer.Rendered render(AlertKind kind, CaseSummary summary, Recipient.Mandate mandate,
            AppealRenderer.Earlier earlier) {
        return renderer.render(alert(kind, summary), TemplatesTests.recipient(mandate, Recipient.Disclosure.FULL, "en"),
                particulars(Set.of(RiskFactor.RELIGIOUS_CONTACT, RiskFactor.TRAFFICKING_VICTIM)), earlier, TODAY);
    }

    static AppealRenderer.Earlier writtenBefore(CaseSummary summary) {
        return new AppealRenderer.Earlier(2, LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 25), summary);
    }

    /** What each addressee is asked for, and what it must never be asked. */
    static final Map<Recipient.Mandate, List<String>> ASKS = Map.of(
            Recipient.Mandate.UNHCR,
            List.of("Seek access to the people concerned under Article III(5) of the agreement of 1 December 1995",
                    "in consultation and cooperation with the Government", "Article XVI", "binding arbitration",
                    "determine their refugee status", "Dear Sir or Madam,"),
            Recipient.Mandate.ROK, List.of("Article 3 of the Constitution of the Republic of Korea",
                    "North Korean Refugees Protection and Settlement Support Act", "consular representations", "Excellency,"),
            Recipient.Mandate.US, List.of("North Korean Human Rights Act of 2004", "representations at a senior level",
                    "resettlement in the United States", "Excellency,"),
            Recipient.Mandate.SR_DPRK, List.of("urgent communication", "jointly with the Special Rapporteur on torture",
                    "Special Rapporteur on the human rights of migrants", "Dear Special Rapporteur,"),
            Recipient.Mandate.WGAD, List.of("The detention is arbitrary", "revised Deliberation No. 5",
                    "serves only to return", "Send an urgent appeal", "Dear Members of the Working Group,"),
            Recipient.Mandate.OHCHR, List.of("Document this case and refer it", "Dear Colleagues,"));

    @ParameterizedTest
    @EnumSource(value = Recipient.Mandate.class, names = { "UNHCR", "ROK", "US", "SR_DPRK", "WGAD", "OHCHR" })
    void anAppealAsksEachAddresseeForWhatItCanDo(Recipient.Mandate mandate) {
        AppealRenderer.Rendered letter = render(AlertKind.RAISED, open(), mandate, AppealRenderer.Earlier.NONE);
        String body = letter.body();

        assertThat(letter.subject()).startsWith("URGENT APPEAL:").contains("NK-2026-0042");
        assertThat(body).contains(ASKS.get(mandate).toArray(String[]::new));
        assertThat(body).startsWith("Example North Korean Refugee Rights Network").contains(
                "3rd floor, 12 Example-ro, Jongno-gu, Seoul 03000, Republic of Korea",
                "E-mail: appeals@nk-rights.example.org | Telephone: +82 2 0000 0000", "Date: 1 December 2026",
                "Yours faithfully,");
        assertThat(body).contains("A/HRC/25/63", "A/HRC/25/CRP.1", "CAT/C/CHN/CO/5, paras 46-47",
                "customary international law", "Convention on the Elimination of All Forms of Discrimination against Women",
                "Convention on the Rights of the Child", "Palermo Protocol");
        assertThat(body).contains("which may lead to imprisonment in a political prison camp")
                .doesNotContain("is punished", "punished as treason", "whatever their reasons");
        assertThat(body).doesNotContain(AlertEvents.NOTES, AlertEvents.NARRATIVE, "What the source told us");
        if (mandate != Recipient.Mandate.SR_DPRK && mandate != Recipient.Mandate.WGAD) {
            assertThat(body).doesNotContain("urgent communication", "urgent appeal to");
        }
        if (mandate != Recipient.Mandate.UNHCR) {
            assertThat(body).doesNotContain("Article III(5)");
        }
    }

    @Test
    void aPersonIsNamedOnlyWhereTheirOwnConsentCoversTheRecipientsKindAndTheLetterSaysSo() {
        String toUn = render(AlertKind.RAISED, open(), Recipient.Mandate.SR_DPRK, AppealRenderer.Earlier.NONE).body();
        assertThat(toUn).contains(AlertEvents.NAME, "Consent basis: ", "UN human-rights mechanisms",
                AlertEvents.NAME + " / " + AlertEvents.HANGUL + ": the family, 28 November 2026",
                "1 further person(s) of this case are not named",
                "have not consented to publication, and we ask that their identities be withheld")
                .doesNotContain(AlertEvents.SECOND_NAME, AlertEvents.SECOND_HOMETOWN);
        assertThat(toUn.lines().filter(line -> line.startsWith("Consent basis: "))).hasSize(1);

        // Kim's family said no to governments: the ROK embassy reads no name at all
        String toRok = render(AlertKind.RAISED, open(), Recipient.Mandate.ROK, AppealRenderer.Earlier.NONE).body();
        assertThat(toRok).doesNotContain(AlertEvents.PERSONAL).doesNotContain("Consent basis")
                .contains("Their names and the details that identify them are not in this letter");
        // UNHCR: a letter that UNHCR does not publish says nothing of publication
        String toUnhcr = render(AlertKind.RAISED, open(), Recipient.Mandate.UNHCR, AppealRenderer.Earlier.NONE).body();
        assertThat(toUnhcr).contains(AlertEvents.NAME, "Consent basis: ", "given to UNHCR")
                .doesNotContain("made public", AlertEvents.SECOND_NAME);
    }

    @Test
    void theHandoverDateIsASourcesReportOrAnEstimateAndNeverAPastDateAsExpected() {
        LocalDate ahead = LocalDate.of(2026, 12, 4);
        LocalDate past = LocalDate.of(2026, 11, 27);
        Map<CaseSummary, String> cases = Map.of(
                summary(CaseStatus.OPEN, DetentionStage.TRANSFER_SCHEDULED, ahead, DeadlineBasis.REPORTED, false, null),
                "A source reports that their transfer to the DPRK is planned for 4 December 2026.",
                summary(CaseStatus.OPEN, DetentionStage.BORDER_FACILITY, ahead, DeadlineBasis.ESTIMATED, false, null),
                "By typical timelines, we estimate that they may be handed over by 4 December 2026.",
                summary(CaseStatus.OPEN, DetentionStage.BORDER_FACILITY, past, DeadlineBasis.ESTIMATED, true, null),
                "the date we estimated by typical timelines, 27 November 2026, has passed without news of a handover",
                // past but not yet flagged overdue by the clock: still never "expected"
                summary(CaseStatus.OPEN, DetentionStage.BORDER_FACILITY, past, DeadlineBasis.ESTIMATED, false, null),
                "the date we estimated by typical timelines, 27 November 2026, has passed",
                summary(CaseStatus.OPEN, DetentionStage.TRANSFER_SCHEDULED, past, DeadlineBasis.REPORTED, true, null),
                "A source reported a transfer to the DPRK on 27 November 2026. We have no news that it took place",
                summary(CaseStatus.OPEN, DetentionStage.BORDER_FACILITY, null, null, false, null),
                "No date of handover is known.");
        for (Map.Entry<CaseSummary, String> entry : cases.entrySet()) {
            String body = render(AlertKind.UPDATED, entry.getKey(), Recipient.Mandate.UNHCR, AppealRenderer.Earlier.NONE)
                    .body();
            assertThat(body).as(entry.getValue()).contains(entry.getValue()).doesNotContain("expected on",
                    "is expected", "2026-11-27", "2026-12-04");
            if (entry.getKey().deadline() != null && entry.getKey().deadline().isBefore(TODAY)) {
                assertThat(body).doesNotContain("planned for", "may be handed over by");
            }
        }
    }

    @Test
    void aFollowUpIsNumberedOverLettersSentAndSaysWhatChanged() {
        CaseSummary before = summary(CaseStatus.OPEN, DetentionStage.LOCAL_CUSTODY, LocalDate.of(2026, 12, 10),
                DeadlineBasis.ESTIMATED, false, null);
        AppealRenderer.Rendered letter = render(AlertKind.ESCALATED, summary(CaseStatus.OPEN,
                DetentionStage.TRANSFER_SCHEDULED, LocalDate.of(2026, 12, 3), DeadlineBasis.REPORTED, false, null),
                Recipient.Mandate.UNHCR, writtenBefore(before));

        assertThat(letter.subject()).startsWith("FURTHER INFORMATION No. 3 on urgent appeal NK-2026-0042: ");
        assertThat(letter.body()).contains(
                "Our reference: NK-2026-0042, letter No. 3 (further to our letter of 21 November 2026)",
                "FURTHER INFORMATION No. 3 ON URGENT APPEAL NK-2026-0042",
                "WHAT HAS CHANGED SINCE OUR LETTER OF 25 November 2026",
                "- Their situation is now: Held, with a transfer to North Korea scheduled",
                "- A source reports that their transfer to the DPRK is planned for 3 December 2026.");

        AppealRenderer.Rendered unchanged = render(AlertKind.UPDATED, open(), Recipient.Mandate.UNHCR,
                writtenBefore(open()));
        assertThat(unchanged.body()).contains("- The facts set out below are unchanged since our last letter");
        // a first letter claims no earlier one
        assertThat(render(AlertKind.RAISED, open(), Recipient.Mandate.UNHCR, AppealRenderer.Earlier.NONE).body())
                .doesNotContain("further to our letter", "WHAT HAS CHANGED", "We wrote to you");
    }

    @Test
    void aMergeTellsTheNewReferenceAndNeverStandsDown() {
        CaseSummary merged = summary(CaseStatus.CLOSED, DetentionStage.BORDER_FACILITY, null, null, false,
                "NK-2026-0007");
        for (Recipient.Mandate mandate : Recipient.Mandate.values()) {
            AppealRenderer.Rendered letter = render(AlertKind.MERGED, merged, mandate, writtenBefore(open()));
            assertThat(letter.subject()).as("%s", mandate).isEqualTo(
                    "Case NK-2026-0042 is now followed under reference NK-2026-0007: no change in the situation of the people concerned");
            assertThat(letter.body()).as("%s", mandate).contains("CHANGE OF REFERENCE: CASE NK-2026-0042",
                    "We wrote to you about case NK-2026-0042 on 25 November 2026",
                    "we now follow them together under the reference NK-2026-0007",
                    "they are still detained and at risk of forced return, and our appeal stands")
                    .doesNotContain("no longer held", "No further action", "thank you for any action",
                            AlertEvents.NAME);
        }
    }

    @Test
    void releasedSafeAndClosedSayWhatHappened() {
        String released = render(AlertKind.RESOLVED, summary(CaseStatus.RELEASED, DetentionStage.RELEASED, null, null,
                false, null), Recipient.Mandate.UNHCR, writtenBefore(open())).body();
        assertThat(released).contains("RELEASED, AT RISK OF RE-ARREST", "have been released from detention",
                "at risk of re-arrest and forced return").doesNotContain("No further action", "no longer at risk");
        String safe = render(AlertKind.RESOLVED, summary(CaseStatus.SAFE, DetentionStage.UNKNOWN, null, null, false,
                null), Recipient.Mandate.ROK, writtenBefore(open())).body();
        assertThat(safe).contains("have reached safety", "No further action is requested on this case");
        AppealRenderer.Rendered closed = render(AlertKind.RESOLVED, summary(CaseStatus.CLOSED,
                DetentionStage.BORDER_FACILITY, null, null, false, null), Recipient.Mandate.SR_DPRK, writtenBefore(open()));
        assertThat(closed.subject()).isEqualTo("Case NK-2026-0042: our file on this case is closed");
        assertThat(closed.body()).contains("We have closed our file on this case",
                "The last situation we recorded: Held at a border detention facility",
                "This does not mean that the people concerned are safe");
    }

    @Test
    void aReturnIsRecordedWithTheDprksObligationsAndAsksNothingOfGovernmentsThatCannotAct() {
        CaseSummary returned = summary(CaseStatus.REPATRIATED, DetentionStage.REPATRIATED, null, null, false, null);
        AppealRenderer.Rendered toSr = render(AlertKind.REPATRIATED, returned, Recipient.Mandate.SR_DPRK,
                AppealRenderer.Earlier.NONE);
        assertThat(toSr.subject()).startsWith("FORCED RETURN:");
        assertThat(toSr.body()).contains("1. WHO WAS RETURNED", AlertEvents.NAME,
                "International Covenant on Civil and Political Rights", "(Article 6)", "(Article 7)", "(Article 9)",
                "(Article 10)", "Article 12(2)", "urgent communication to the Government of the DPRK",
                "the return that the principle of non-refoulement prohibits has taken place")
                .doesNotContain("raise this case with the Special Rapporteur", "Seek information from the DPRK");

        AppealRenderer.Rendered toWgeid = render(AlertKind.REPATRIATED, returned, Recipient.Mandate.WGEID,
                AppealRenderer.Earlier.NONE);
        assertThat(toWgeid.subject()).startsWith("Submission to the Working Group on Enforced or Involuntary Disappearances");
        assertThat(toWgeid.body()).contains("SUBMISSION DETAILS", "- Persons concerned: " + AlertEvents.NAME,
                "- Date: ", "- Place: ", "- Forces believed responsible: ", "- Steps taken by the family: ",
                "- Submitter: Example North Korean Refugee Rights Network");

        for (Recipient.Mandate government : List.of(Recipient.Mandate.US, Recipient.Mandate.ROK,
                Recipient.Mandate.UNHCR)) {
            String body = render(AlertKind.REPATRIATED, returned, government, writtenBefore(open())).body();
            assertThat(body).as("%s", government).contains("We ask nothing further of you on this case")
                    .doesNotContain("representations", "DPRK authorities", "Seek access", "Pyongyang");
        }
    }
}
