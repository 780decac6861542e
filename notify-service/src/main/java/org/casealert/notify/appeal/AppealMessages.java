package org.casealert.notify.appeal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the letters, once per language in {@code messages/appeal_LANG.properties}, laid out once by
 * {@code templates/appeal/letter.txt} and {@code templates/group/letter.txt} as {@code {appeal:...}}. A key that
 * English lacks, or that no method declares, fails the build; {@code LetterMessagesTest} fails it for a key that
 * Korean or Chinese lacks (Qute would fall back to English there).
 */
@MessageBundle(value = "appeal", locale = "en")
public interface AppealMessages {

    @Message
    String contacts(String email, String phone);

    @Message
    String to(String name);

    @Message
    String dated(String date);

    @Message
    String ourReference(String reference);

    @Message
    String letterNumber(int number, String firstDate);

    @Message
    String closing();

    @Message
    String signature(String name);

    @Message
    String item(String text);

    @Message
    String personItem(String name, String details);

    @Message
    String personInline(String name, String details);

    @Message
    String sentence(String text);

    @Message
    String mergedFacts(String reference, String date, String into);

    @Message
    String mergedStands(String into);

    @Message
    String releasedFacts(String reference, String date);

    @Message
    String releasedRisk();

    @Message
    String safeFacts(String reference, String date);

    @Message
    String safeThanks();

    @Message
    String closedFacts(String reference, String date, String where);

    @Message
    String closedNotSafe();

    @Message
    String changedSince(String date);

    @Message
    String headingHeld();

    @Message
    String headingReturned();

    @Message
    String othersUnnamed(int count);

    @Message
    String countOnly(int count, int women, int minors);

    @Message
    String headingWhere();

    @Message
    String handedOver(String date);

    @Message
    String headingWhyRisk();

    @Message
    String headingFaceNow();

    @Message
    String coiFindings();

    @Message
    String reportedFacts();

    @Message
    String restrictedFacts();

    @Message
    String headingLegalBasis();

    @Message
    String lawIccprDprk();

    @Message
    String lawChinaBreach();

    @Message
    String lawRefugeeConvention();

    @Message
    String lawTorture();

    @Message
    String lawSurPlace();

    @Message
    String lawCedaw();

    @Message
    String lawCrc();

    @Message
    String lawPalermo();

    @Message
    String lawUnhcrAgreement();

    @Message
    String lawRokConstitution();

    @Message
    String lawUsAct();

    @Message
    String lawArbitrary();

    @Message
    String headingAsk();

    @Message
    String askReturnedCommunication();

    @Message
    String askReturnedRaiseWithChina();

    @Message
    String askReturnedWgeid();

    @Message
    String askReturnedOhchr();

    @Message
    String askReturnedNothing();

    @Message
    String askUnhcrAccess();

    @Message
    String askUnhcrArbitration();

    @Message
    String askRokConsular();

    @Message
    String askRokInform();

    @Message
    String askUsRepresentations();

    @Message
    String askUsResettlement();

    @Message
    String askGovernment();

    @Message
    String askSrCommunication();

    @Message
    String askWgadAppeal();

    @Message
    String askOhchrDocument();

    @Message
    String askUnOtherCommunication();

    @Message
    String askAnyAction();

    @Message
    String headingSubmission();

    @Message
    String submissionPersons(String people);

    @Message
    String submissionUnnamed(int count);

    @Message
    String submissionDate(String date);

    @Message
    String submissionPlace(String where);

    @Message
    String submissionForces();

    @Message
    String submissionFamilySteps();

    @Message
    String submissionSubmitter(String name, String address, String email, String phone);

    @Message
    String groupReference(String reference);

    @Message
    String groupReferenceFollowUp(String reference, int number, String firstDate);

    @Message
    String groupTitle(String reference);

    @Message
    String groupTitleFollowUp(int number, String reference);

    @Message
    String groupSubtitle(String crossing);

    @Message
    String groupHeadingGroup();

    @Message
    String groupSize(int cases, int people, int women, int minors);

    @Message
    String groupSizeSince(String date, int joined, int cases, int people, int women, int minors);

    @Message
    String groupHeadingWho();

    @Message
    String groupListedSince(String date);

    @Message
    String groupListedAll();

    @Message
    String groupEntry(String reference, String where, int people);

    @Message
    String groupEntryPerson(String name, String details);

    @Message
    String groupEntryUnnamed(int count);

    @Message
    String groupUnlisted(int count);

    @Message
    String groupUnnamed(int count);

    @Message
    String groupNoNames();

    @Message
    String groupHeadingWhen();

    @Message
    String groupHeadingWhyRisk();

    @Message
    String groupAggravated(int count);

    @Message
    String groupHeadingLegalBasis();

    @Message
    String groupHeadingAsk();

    @Message
    String groupAskUnhcrAccess();

    @Message
    String groupAskUnhcrArbitration();

    @Message
    String groupAskEmbassy();

    @Message
    String groupAskUnMechanism();

    @Message
    String groupAskAnyAction();
}
