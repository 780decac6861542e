package org.casealert.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.ConsentAnswer;
import org.casealert.events.CorridorBatch;
import org.casealert.events.Level;
import org.casealert.notify.batch.GroupRounds;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casealert.notify.BatchAlerts.woman;
import static org.casealert.notify.NotifyClient.appealTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * Cases of a corridor batch: one appeal per institution for the group, numbered further information at most once
 * per group interval when the group grew, one digest per round for advocates' e-mail, and still one webhook per
 * alert; a person is named only with their own consent for the recipient.
 */
@QuarkusTest
class GroupedAppealsTests extends NotifyTest {

    /** {@code %test.notify.group-interval}. */
    static final Duration INTERVAL = Duration.ofSeconds(4);

    @Inject
    BatchAlerts batches;

    @Inject
    GroupRounds rounds;

    @Test
    void aBatchGetsOneAppealPerInstitutionInsteadOfOnePerCase() {
        NotifyClient.Recipient desk = client.recipient(Map.of());
        NotifyClient.Recipient unhcr = client.recipient(Map.of("kind", "UNHCR", "disclosure", "FULL"));
        String batchId = BatchAlerts.newBatchId();
        List<String> cases = publishCases(batchId, 4, AlertEvents.province(), ConsentAnswer.GRANTED);

        ReceivedMail letter = Mailbox.awaitMail(desk.address(), batchId);
        assertThat(letter.subject()).startsWith("URGENT GROUP APPEAL " + batchId + ": 4 North Koreans");
        assertThat(letter.body()).contains("the group now numbers 4 people in 4 cases, 4 of them women",
                "Tumen (China) - Onsong (DPRK)", "Convention on the Elimination of All Forms of Discrimination")
                .contains(references(cases)).doesNotContain(names(4));
        ReceivedMail named = Mailbox.awaitMail(unhcr.address(), batchId);
        assertThat(named.body()).contains(names(4)).contains("Article III(5)", "Article XVI");

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(desk.address()).size() == 1 && Mailbox.to(unhcr.address()).size() == 1);
        for (String caseId : cases) {
            assertThat(NotifyClient.appeals(caseId)).as("appeals of case %s on its own", caseId).isEmpty();
        }
        assertThat(groupLetterTo(batchId, desk.id())).containsEntry("sequence", 1).containsEntry("listedCases", 4)
                .containsEntry("namedPeople", 0).containsEntry("status", "SENT");
        assertThat(groupLetterTo(batchId, unhcr.id())).containsEntry("namedPeople", 4);
    }

    @Test
    void furtherInformationGoesAtMostOncePerIntervalAndOnlyWhenTheBatchGrew() {
        NotifyClient.Recipient desk = client.recipient(Map.of());
        String batchId = BatchAlerts.newBatchId();
        String province = AlertEvents.province();
        List<String> cases = publishCases(batchId, 3, province, ConsentAnswer.GRANTED);
        Mailbox.awaitMail(desk.address(), batchId);

        // at once: news of a case already told of, and a new case; the new one waits for the interval
        CorridorBatch grown = BatchAlerts.batch(batchId, 4, 4, 4);
        AlertEvents.publish(batches.alert(cases.get(0), AlertKind.UPDATED, province, grown,
                List.of(woman(name(0), "Onsong", ConsentAnswer.GRANTED))));
        String joined = AlertEvents.newCaseId();
        AlertEvents.publish(batches.alert(joined, AlertKind.RAISED, province, grown,
                List.of(woman(name(3), "Onsong", ConsentAnswer.GRANTED))));

        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.to(desk.address(), batchId).size() == 2);
        ReceivedMail second = Mailbox.to(desk.address(), batchId).get(1);
        assertThat(second.subject())
                .isEqualTo("FURTHER INFORMATION No. 2 on group appeal " + batchId + ": 1 more case(s) in the group");
        assertThat(second.body()).contains("(further information No. 2, further to our group appeal of ",
                "case(s) have joined this group", "the group now numbers 4 people in 4 cases", AlertEvents.reference(joined))
                .doesNotContain(references(cases));
        List<Map<String, Object>> letters = lettersTo(batchId, desk.id());
        assertThat(letters).extracting(letter -> letter.get("sequence")).containsExactlyInAnyOrder(1, 2);
        Instant first = createdAt(letters, 1);
        assertThat(Duration.between(first, createdAt(letters, 2))).isGreaterThanOrEqualTo(INTERVAL);

        // a reminder is no growth: no third letter, however long the group waits
        AlertEvents.publish(batches.alert(cases.get(1), AlertKind.REMINDER, province, grown,
                List.of(woman(name(1), "Onsong", ConsentAnswer.GRANTED))));
        await().during(INTERVAL.plusSeconds(2)).atMost(INTERVAL.plusSeconds(10))
                .until(() -> Mailbox.to(desk.address(), batchId).size() == 2);
    }

    @Test
    void aCaseOutsideAnyBatchIsAppealedAtOnce() {
        NotifyClient.Recipient desk = client.recipient(Map.of());
        String caseId = AlertEvents.newCaseId();
        CaseAlert alert = AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT,
                AlertEvents.province(), true));

        ReceivedMail appeal = Mailbox.awaitExactlyOne(desk.address(), AlertEvents.reference(caseId));
        assertThat(appeal.subject()).startsWith("URGENT APPEAL:");
        Map<String, Object> stored = appealTo(caseId, desk.id());
        assertThat(Duration.between(alert.occurredAt(), Instant.parse((String) stored.get("createdAt"))))
                .as("no group wait for a case outside a batch").isLessThan(Duration.ofSeconds(2));
        assertThat(groupLetters(null)).noneMatch(letter -> desk.id().equals(letter.get("recipientId")));
    }

    @Test
    void advocatesGetOneDigestPerRoundInsteadOfOneMailPerCase() {
        String province = AlertEvents.province();
        String advocate = Mailbox.newAddress("advocate");
        client.subscribedAddress(advocate, Level.WATCH, List.of(province));
        String batchId = BatchAlerts.newBatchId();
        List<String> cases = publishPublicCases(batchId, 3, province);
        // a fourth case whose family did not allow publication: the public digest tells nothing of it
        String unpublished = AlertEvents.newCaseId();
        AlertEvents.publish(batches.alert(unpublished, AlertKind.RAISED, province, BatchAlerts.batch(batchId, 4, 4, 4),
                List.of(woman(name(4), "Onsong", ConsentAnswer.GRANTED))));

        ReceivedMail digest = Mailbox.awaitMail(advocate, batchId);
        assertThat(digest.subject()).isEqualTo("[case-alert] Batch " + batchId
                + " at Tumen (China) - Onsong (DPRK): 3 people, 3 case(s) new in this digest");
        assertThat(digest.body()).contains("A group handover may be in preparation", "3 people in 3 cases",
                "This digest holds no names", "/unsubscribe?token=").contains(references(cases))
                .doesNotContain(names(3)).doesNotContain(AlertEvents.reference(unpublished))
                // no place of detention, no dates: only what the families allowed to be made public
                .doesNotContain("Tumen Border Detention Center", "since").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .doesNotContainPattern("\\d{1,2} (January|February|March|April|May|June|July|August|September|October"
                        + "|November|December)");
        assertThat(NotifyClient.unsubscribeLink(digest)).contains("/unsubscribe?token=");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(advocate, batchId).size() == 1);
        for (String caseId : cases) {
            assertThat(Mailbox.to(advocate, "Case " + AlertEvents.reference(caseId))).as("a mail per case").isEmpty();
        }

        String joined = AlertEvents.newCaseId();
        AlertEvents.publish(batches.alert(joined, AlertKind.RAISED, province, BatchAlerts.batch(batchId, 5, 5, 5),
                List.of(BatchAlerts.publicly(woman(name(3), "Onsong", ConsentAnswer.GRANTED)))));
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.to(advocate, batchId).size() == 2);
        ReceivedMail further = Mailbox.to(advocate, batchId).get(1);
        assertThat(further.body()).contains("Cases that joined since our last digest", AlertEvents.reference(joined))
                .doesNotContain(references(cases));
    }

    @Test
    void webhooksStayOnePerAlertAndCarryTheBatchIdAndSize() throws Exception {
        String province = AlertEvents.province();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            client.webhook(receiver.url(), Level.WATCH, List.of(province));
            String batchId = BatchAlerts.newBatchId();
            List<String> cases = publishCases(batchId, 3, province, ConsentAnswer.GRANTED);

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 3);
            List<String> caseIds = new ArrayList<>();
            for (WebhookReceiver.Received received : receiver.accepted()) {
                JsonPath body = JsonPath.from(received.body());
                assertThat(body.getString("type")).isEqualTo("case.alert");
                assertThat(body.getString("alert.case.batch.id")).isEqualTo(batchId);
                assertThat(body.getInt("alert.case.batch.cases")).isEqualTo(3);
                assertThat(body.getInt("alert.case.batch.people")).isEqualTo(3);
                assertThat(received.body()).doesNotContain(names(3));
                caseIds.add(body.getString("alert.case.id"));
            }
            assertThat(caseIds).containsExactlyInAnyOrderElementsOf(cases);
        }
    }

    @Test
    void aPersonWithoutConsentForTheRecipientIsCountedNotNamed() {
        NotifyClient.Recipient unhcr = client.recipient(Map.of("kind", "UNHCR", "disclosure", "FULL"));
        NotifyClient.Recipient embassy = client.recipient(Map.of("kind", "EMBASSY"));
        String batchId = BatchAlerts.newBatchId();
        String province = AlertEvents.province();
        CorridorBatch batch = BatchAlerts.batch(batchId, 3, 4, 4);
        AlertEvents.publish(batches.alert(AlertEvents.newCaseId(), AlertKind.RAISED, province, batch,
                List.of(woman("Han Song-ok", "Hyesan", ConsentAnswer.GRANTED),
                        woman("Choe Kum-hui", "Kimchaek", ConsentAnswer.REFUSED))));
        AlertEvents.publish(batches.alert(AlertEvents.newCaseId(), AlertKind.RAISED, province, batch,
                List.of(woman("Jang Ok-ran", "Chongjin", ConsentAnswer.NOT_GIVEN))));
        AlertEvents.publish(batches.alert(AlertEvents.newCaseId(), AlertKind.RAISED, province, batch,
                List.of(woman("Ri Hyang", "Musan", ConsentAnswer.GRANTED))));

        ReceivedMail named = Mailbox.awaitMail(unhcr.address(), batchId);
        assertThat(named.body()).contains("Han Song-ok", "Hyesan", "Ri Hyang", "and 1 person(s) not named in this letter",
                "2 of the people listed are not named, because we do not have their own or their families' consent")
                .doesNotContain("Choe Kum-hui", "Kimchaek", "Jang Ok-ran", "Chongjin");
        assertThat(groupLetterTo(batchId, unhcr.id())).containsEntry("namedPeople", 2);
        ReceivedMail pseudonymised = Mailbox.awaitMail(embassy.address(), batchId);
        assertThat(pseudonymised.body()).contains("4 people in 3 cases", "can be shared through a secure channel")
                .doesNotContain("Han Song-ok", "Hyesan", "Ri Hyang", "Choe Kum-hui", "Jang Ok-ran");
    }

    @Test
    void aFamilysRefusalAfterwardsBlocksTheGroupDraftThatNamesThem() {
        NotifyClient.Recipient unhcr = client.recipient(Map.of("kind", "UNHCR", "disclosure", "FULL",
                "requiresApproval", true));
        NotifyClient.Recipient control = client.recipient(Map.of());
        String batchId = BatchAlerts.newBatchId();
        String province = AlertEvents.province();
        CorridorBatch batch = BatchAlerts.batch(batchId, 3, 3, 3);
        String hanCase = AlertEvents.newCaseId();
        AlertEvents.publish(batches.alert(hanCase, AlertKind.RAISED, province, batch,
                List.of(woman("Han Song-ok", "Hyesan", ConsentAnswer.GRANTED))));
        AlertEvents.publish(batches.alert(AlertEvents.newCaseId(), AlertKind.RAISED, province, batch,
                List.of(woman("Ri Hyang", "Musan", ConsentAnswer.GRANTED))));
        AlertEvents.publish(batches.alert(AlertEvents.newCaseId(), AlertKind.RAISED, province, batch,
                List.of(woman("Jang Ok-ran", "Chongjin", ConsentAnswer.NOT_GIVEN))));
        Mailbox.awaitMail(control.address(), batchId);
        Map<String, Object> draft = groupLetterTo(batchId, unhcr.id());
        assertThat(draft).containsEntry("status", "DRAFT");
        assertThat((String) draft.get("body")).contains("Han Song-ok");

        AlertEvents.publish(batches.alert(hanCase, AlertKind.AMENDED, province, batch,
                List.of(woman("Han Song-ok", "Hyesan", ConsentAnswer.REFUSED))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "BLOCKED".equals(groupLetterTo(batchId, unhcr.id()).get("status")));
        assertThat((String) groupLetterTo(batchId, unhcr.id()).get("blockedReason")).contains("consent withdrawn");
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/group-appeals/" + draft.get("id") + "/approve")
                .then().statusCode(409);
        assertThat(Mailbox.to(unhcr.address())).isEmpty();
    }

    @Test
    void aRecipientThatRequiresConsentGetsNoGroupLetterWhenNobodyConsented() {
        NotifyClient.Recipient needsConsent = client.recipient(Map.of("kind", "UN_SPECIAL_PROCEDURE", "disclosure",
                "FULL", "requiresConsent", true));
        NotifyClient.Recipient control = client.recipient(Map.of());
        String batchId = BatchAlerts.newBatchId();
        publishCases(batchId, 3, AlertEvents.province(), ConsentAnswer.NOT_GIVEN);

        Mailbox.awaitMail(control.address(), batchId);
        Map<String, Object> blocked = groupLetterTo(batchId, needsConsent.id());
        assertThat(blocked).containsEntry("status", "BLOCKED");
        assertThat((String) blocked.get("blockedReason")).contains("consented");
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/group-appeals/" + blocked.get("id") + "/approve")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("consent"));
        assertThat(Mailbox.to(needsConsent.address())).isEmpty();
    }

    @Test
    void aGroupLetterThatNeedsApprovalGoesOnceAnOperatorApproves() {
        NotifyClient.Recipient needsApproval = client.recipient(Map.of("kind", "EMBASSY", "requiresApproval", true));
        NotifyClient.Recipient control = client.recipient(Map.of());
        String batchId = BatchAlerts.newBatchId();
        publishCases(batchId, 3, AlertEvents.province(), ConsentAnswer.GRANTED);

        Mailbox.awaitMail(control.address(), batchId);
        Map<String, Object> draft = groupLetterTo(batchId, needsApproval.id());
        assertThat(draft).containsEntry("status", "DRAFT").containsEntry("sequence", 1);
        assertThat((String) draft.get("body")).contains("URGENT GROUP APPEAL " + batchId);
        assertThat(Mailbox.to(needsApproval.address())).isEmpty();

        given().auth().oauth2(TestTokens.operator()).post("/api/v1/group-appeals/" + draft.get("id") + "/approve")
                .then().statusCode(200).body("status", is("APPROVED")).body("approvedBy", is("operator@test"));
        ReceivedMail mail = Mailbox.awaitMail(needsApproval.address(), batchId);
        assertThat(mail.subject()).isEqualTo(draft.get("subject"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "SENT".equals(groupLetterTo(batchId, needsApproval.id()).get("status")));
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/group-appeals/" + draft.get("id") + "/approve")
                .then().statusCode(200).body("status", is("SENT"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> Mailbox.to(needsApproval.address()).size() == 1);
    }

    @Test
    void groupLettersAndDigestsAreWrittenInTheReadersLanguage() {
        NotifyClient.Recipient korean = client.recipient(Map.of("kind", "UNHCR", "disclosure", "FULL", "language", "ko"));
        NotifyClient.Recipient chinese = client.recipient(Map.of("kind", "UNHCR", "disclosure", "FULL", "language", "zh"));
        String province = AlertEvents.province();
        String advocate = Mailbox.newAddress("advocate-ko");
        client.signUp(advocate, Level.WATCH, List.of(province), "ko");
        NotifyClient.confirm(Mailbox.link(Mailbox.awaitMail(advocate, "/confirm?token="), "/confirm?token="));
        String batchId = BatchAlerts.newBatchId();
        publishPublicCases(batchId, 3, province);

        ReceivedMail ko = Mailbox.awaitMail(korean.address(), batchId);
        assertThat(ko.subject()).startsWith("집단 긴급 호소 " + batchId);
        assertThat(ko.body()).contains("투먼(중국)-온성(북한)", "「난민의 지위에 관한 협약」 제33조", "협정 제3조 제5항", "3건, 3명",
                "년 ").contains(names(3)).doesNotContain("{", "Tumen (China)");
        ReceivedMail zh = Mailbox.awaitMail(chinese.address(), batchId);
        assertThat(zh.subject()).startsWith("集体紧急呼吁 " + batchId);
        assertThat(zh.body()).contains("图们（中国）—稳城（朝鲜）", "《关于难民地位的公约》第三十三条", "协定第三条第五款", "3宗案件、3人")
                .contains(names(3)).doesNotContain("{", "Tumen (China)");
        ReceivedMail digest = Mailbox.awaitMail(advocate, batchId);
        assertThat(digest.body()).contains("집단 인도가 준비되고 있을 수 있습니다", "투먼(중국)-온성(북한)", "수신 거부:")
                .doesNotContain("{").doesNotContain(names(3));
    }

    @Test
    void roundsRacedByManyWorkersStillSendOneLetterPerInstitution() throws Exception {
        NotifyClient.Recipient desk = client.recipient(Map.of());
        String batchId = BatchAlerts.newBatchId();
        publishCases(batchId, 3, AlertEvents.province(), ConsentAnswer.GRANTED);

        // as if more instances ran the rounds: each worker takes whatever round is due, with the scheduler's own
        ExecutorService workers = Executors.newFixedThreadPool(4);
        Instant until = Instant.now().plus(INTERVAL);
        List<Future<?>> running = IntStream.range(0, 4).<Future<?>> mapToObj(i -> workers.submit(() -> {
            while (Instant.now().isBefore(until)) {
                rounds.runNext();
            }
        })).toList();
        for (Future<?> worker : running) {
            worker.get();
        }
        workers.shutdown();

        Mailbox.awaitMail(desk.address(), batchId);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(desk.address()).size() == 1);
        assertThat(lettersTo(batchId, desk.id())).hasSize(1);
    }

    /** Publishes {@code count} cases of one person each, all in the batch; returns their ids. */
    private List<String> publishCases(String batchId, int count, String province, ConsentAnswer consent) {
        CorridorBatch batch = BatchAlerts.batch(batchId, count, count, count);
        List<String> cases = IntStream.range(0, count).mapToObj(i -> AlertEvents.newCaseId()).toList();
        for (int i = 0; i < count; i++) {
            AlertEvents.publish(batches.alert(cases.get(i), AlertKind.RAISED, province, batch,
                    List.of(woman(name(i), "Onsong", consent))));
        }
        return cases;
    }

    /** As {@link #publishCases} with consent for every kind of recipient, publication included. */
    private List<String> publishPublicCases(String batchId, int count, String province) {
        CorridorBatch batch = BatchAlerts.batch(batchId, count, count, count);
        List<String> cases = IntStream.range(0, count).mapToObj(i -> AlertEvents.newCaseId()).toList();
        for (int i = 0; i < count; i++) {
            AlertEvents.publish(batches.alert(cases.get(i), AlertKind.RAISED, province, batch,
                    List.of(BatchAlerts.publicly(woman(name(i), "Onsong", ConsentAnswer.GRANTED)))));
        }
        return cases;
    }

    private static String name(int i) {
        return "Pak Mi-ran " + (char) ('A' + i);
    }

    private static String[] names(int count) {
        return IntStream.range(0, count).mapToObj(GroupedAppealsTests::name).toArray(String[]::new);
    }

    private static String[] references(List<String> cases) {
        return cases.stream().map(AlertEvents::reference).toArray(String[]::new);
    }

    static List<Map<String, Object>> groupLetters(String batchId) {
        return given().auth().oauth2(TestTokens.operator()).queryParam("batchId", batchId == null ? "" : batchId)
                .get("/api/v1/group-appeals").then().statusCode(200).extract().jsonPath().getList("$");
    }

    static List<Map<String, Object>> lettersTo(String batchId, String recipientId) {
        return groupLetters(batchId).stream().filter(letter -> recipientId.equals(letter.get("recipientId"))).toList();
    }

    static Map<String, Object> groupLetterTo(String batchId, String recipientId) {
        List<Map<String, Object>> found = lettersTo(batchId, recipientId);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " group letters to " + recipientId + " in batch " + batchId);
        }
        return found.get(0);
    }

    private static Instant createdAt(List<Map<String, Object>> letters, int sequence) {
        return letters.stream().filter(letter -> letter.get("sequence").equals(sequence))
                .map(letter -> Instant.parse((String) letter.get("createdAt"))).findFirst().orElseThrow();
    }
}
