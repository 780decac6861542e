package org.casealert.notify;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.Level;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casealert.notify.NotifyClient.awaitSettled;
import static org.casealert.notify.NotifyClient.deliveries;
import static org.casealert.notify.NotifyClient.deliveriesTo;
import static org.casealert.notify.NotifyClient.target;

/** Who gets an alert, how often, and what happens when a target fails or is slow. */
@QuarkusTest
class DeliveryTests extends NotifyTest {

    @Test
    void anAlertReachesEveryMatchingRecipientAndSubscriberExactlyOnce() throws Exception {
        String province = AlertEvents.province();
        String elsewhere = AlertEvents.province();
        Map<String, DirectoryEntry> directory = addressTheDefaultDirectory();

        try (WebhookReceiver anyLevel = WebhookReceiver.start();
                WebhookReceiver imminentOnly = WebhookReceiver.start();
                WebhookReceiver otherProvince = WebhookReceiver.start()) {
            NotifyClient.Webhook anyLevelHook = client.webhook(anyLevel.url(), Level.WATCH, List.of(province));
            NotifyClient.Webhook imminentHook = client.webhook(imminentOnly.url(), Level.IMMINENT, List.of(province));
            NotifyClient.Webhook elsewhereHook = client.webhook(otherProvince.url(), Level.WATCH, List.of(elsewhere));
            String urgentMail = Mailbox.newAddress("urgent");
            String urgentSubscription = client.subscribedAddress(urgentMail, Level.URGENT,
                    List.of(province.toLowerCase()));
            String everywhereMail = Mailbox.newAddress("imminent-everywhere");
            String everywhereSubscription = client.subscribedAddress(everywhereMail, Level.IMMINENT, List.of());
            String elsewhereMail = Mailbox.newAddress("elsewhere");
            String elsewhereSubscription = client.subscribedAddress(elsewhereMail, Level.WATCH, List.of(elsewhere));
            String unconfirmedMail = Mailbox.newAddress("unconfirmed");
            String unconfirmedSubscription = client.signUp(unconfirmedMail, Level.WATCH, List.of(province), "en");

            String imminentCase = AlertEvents.newCaseId();
            String imminentRef = AlertEvents.reference(imminentCase);
            CaseAlert imminent = alerts
                    .madePublic(alerts.alert(imminentCase, AlertKind.RAISED, Level.IMMINENT, province, true));
            AlertEvents.publish(imminent);
            AlertEvents.publish(imminent); // redelivered: changes nothing
            String urgentCase = AlertEvents.newCaseId();
            String urgentRef = AlertEvents.reference(urgentCase);
            AlertEvents.publish(alerts.madePublic(alerts.alert(urgentCase, AlertKind.RAISED, Level.URGENT, province, true)));

            // every default recipient takes IMMINENT alerts; all of them need an operator's approval first
            await().atMost(Duration.ofSeconds(30)).until(() -> appealsTo(imminentCase, directory).size() == 8);
            List<Map<String, Object>> drafts = appealsTo(imminentCase, directory);
            assertThat(drafts).extracting(appeal -> appeal.get("recipientId")).containsExactlyInAnyOrderElementsOf(
                    directory.keySet());
            assertThat(drafts).extracting(appeal -> appeal.get("status")).containsOnly("DRAFT");
            for (Map<String, Object> draft : drafts) {
                given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + draft.get("id") + "/approve")
                        .then().statusCode(200);
            }

            Set<String> expectedTargets = new HashSet<>(directory.keySet());
            expectedTargets.addAll(Set.of(anyLevelHook.id(), imminentHook.id(), urgentSubscription,
                    everywhereSubscription));
            List<Map<String, Object>> imminentDeliveries = awaitSettled(imminentCase, expectedTargets);
            assertThat(imminentDeliveries).hasSize(expectedTargets.size());
            assertThat(imminentDeliveries).extracting(delivery -> delivery.get("status")).containsOnly("SENT");
            assertThat(imminentDeliveries).extracting(delivery -> delivery.get("attempts")).containsOnly(1);
            Set<String> nonMatching = Set.of(elsewhereHook.id(), elsewhereSubscription, unconfirmedSubscription);
            assertThat(deliveries(imminentCase)).extracting(delivery -> (String) target(delivery).get("id"))
                    .doesNotContainAnyElementsOf(nonMatching);

            // the URGENT case: no appeal to the recipients that wait for IMMINENT, nothing for the IMMINENT-only subscribers
            await().atMost(Duration.ofSeconds(30)).until(() -> appealsTo(urgentCase, directory).size() == 6);
            assertThat(appealsTo(urgentCase, directory)).extracting(appeal -> directory.get(appeal.get("recipientId")))
                    .extracting(DirectoryEntry::minLevel).containsOnly("URGENT");
            assertThat(awaitSettled(urgentCase, List.of(anyLevelHook.id(), urgentSubscription))).hasSize(2)
                    .extracting(delivery -> delivery.get("status")).containsOnly("SENT");
            assertThat(deliveries(urgentCase)).extracting(delivery -> (String) target(delivery).get("id"))
                    .doesNotContain(imminentHook.id(), everywhereSubscription).doesNotContainAnyElementsOf(nonMatching)
                    .doesNotContainAnyElementsOf(directory.keySet());

            for (DirectoryEntry entry : directory.values()) {
                ReceivedMail appeal = Mailbox.awaitExactlyOne(entry.address(), imminentRef);
                assertThat(appeal.subject()).as(entry.key()).contains(imminentRef)
                        .startsWith(entry.language().equals("ko") ? "긴급 호소:" : "URGENT APPEAL:");
                if (entry.disclosure().equals("FULL")) {
                    assertThat(appeal.body()).as(entry.key()).contains(AlertEvents.NAME);
                } else {
                    assertThat(appeal.body()).as(entry.key()).doesNotContain(AlertEvents.PERSONAL);
                }
                assertThat(Mailbox.to(entry.address(), urgentRef)).as("unapproved drafts stay unsent").isEmpty();
            }
            assertThat(anyLevel.received()).hasSize(2);
            assertThat(anyLevel.accepted()).filteredOn(received -> received.body().contains(imminentRef)).hasSize(1);
            assertThat(anyLevel.accepted()).filteredOn(received -> received.body().contains(urgentRef)).hasSize(1);
            assertThat(imminentOnly.received()).hasSize(1);
            assertThat(imminentOnly.received().get(0).body()).contains(imminentRef);
            assertThat(otherProvince.received()).isEmpty();
            Mailbox.awaitExactlyOne(urgentMail, imminentRef);
            Mailbox.awaitExactlyOne(urgentMail, urgentRef);
            Mailbox.awaitExactlyOne(everywhereMail, imminentRef);
            assertThat(Mailbox.to(everywhereMail, urgentRef)).isEmpty();
            assertThat(Mailbox.to(elsewhereMail, imminentRef)).isEmpty();
            assertThat(Mailbox.to(elsewhereMail, urgentRef)).isEmpty();
            assertThat(Mailbox.to(unconfirmedMail)).hasSize(1).allSatisfy(
                    mail -> assertThat(mail.body()).contains("/confirm?token=").doesNotContain(imminentRef, urgentRef));
        }
    }

    @Test
    void aTargetThatFailsThreeTimesGetsTheAlertOnceOnTheFourthAndLastAttempt() throws Exception {
        try (WebhookReceiver flaky = WebhookReceiver.start()) {
            flaky.answer(n -> n <= 3 ? 503 : 204);
            String province = AlertEvents.province();
            NotifyClient.Webhook hook = client.webhook(flaky.url(), Level.WATCH, List.of(province));
            String caseId = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true));

            Map<String, Object> delivery = awaitSettled(caseId, hook.id());
            assertThat(delivery).containsEntry("status", "SENT").containsEntry("attempts", 4)
                    .containsEntry("channel", "WEBHOOK");
            assertThat(target(delivery)).containsEntry("type", "SUBSCRIPTION").containsEntry("id", hook.id());
            assertThat(delivery.get("lastError")).isNull();
            assertThat(delivery.get("sentAt")).isNotNull();
            Thread.sleep(1_500); // a second success would come within the poll interval
            assertThat(flaky.received()).extracting(WebhookReceiver.Received::answered).containsExactly(503, 503, 503,
                    204);
            assertThat(flaky.received()).extracting(WebhookReceiver.Received::id).containsOnly(
                    (String) delivery.get("id"));
        }
    }

    @Test
    void aTargetThatAlwaysFailsEndsDeadAfterTheLastAttempt() throws Exception {
        try (WebhookReceiver broken = WebhookReceiver.start()) {
            broken.answer(n -> 500);
            String province = AlertEvents.province();
            NotifyClient.Webhook hook = client.webhook(broken.url(), Level.WATCH, List.of(province));
            String caseId = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true));

            Map<String, Object> delivery = awaitSettled(caseId, hook.id());
            assertThat(delivery).containsEntry("status", "DEAD").containsEntry("attempts", 4)
                    .containsEntry("lastError", "webhook answered HTTP 500");
            assertThat(delivery.get("sentAt")).isNull();
            assertThat(delivery.get("nextAttemptAt")).as("a dead delivery is not tried again").isNull();
            List<Map<String, Object>> dead = given().auth().oauth2(TestTokens.operator()).queryParam("status", "dead")
                    .get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath().getList("$");
            assertThat(dead).extracting(each -> each.get("id")).contains(delivery.get("id"));
            assertThat(dead).extracting(each -> each.get("status")).containsOnly("DEAD");
            Thread.sleep(1_500);
            assertThat(broken.received()).hasSize(4);
        }
    }

    @Test
    void aSlowTargetDoesNotHoldUpAnother() throws Exception {
        try (WebhookReceiver slow = WebhookReceiver.start(); WebhookReceiver fast = WebhookReceiver.start()) {
            slow.delay(2_500);
            String slowProvince = AlertEvents.province();
            String fastProvince = AlertEvents.province();
            NotifyClient.Webhook slowHook = client.webhook(slow.url(), Level.WATCH, List.of(slowProvince));
            NotifyClient.Webhook fastHook = client.webhook(fast.url(), Level.WATCH, List.of(fastProvince));

            String slowCase = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(slowCase, AlertKind.RAISED, Level.IMMINENT, slowProvince, true));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(
                    () -> deliveriesTo(slowCase, slowHook.id()).stream()
                            .anyMatch(delivery -> (int) delivery.get("attempts") >= 1));
            Thread.sleep(300); // claimed: its request is now on its way to the slow target, which holds it 2.5 s
            String fastCase = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(fastCase, AlertKind.RAISED, Level.IMMINENT, fastProvince, true));

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> fast.accepted().size() == 1 && slow.accepted().size() == 1);
            WebhookReceiver.Received slowOne = slow.accepted().get(0);
            WebhookReceiver.Received fastOne = fast.accepted().get(0);
            assertThat(fastOne.arrivedAt()).as("the fast target is served while the slow one still works")
                    .isAfter(slowOne.arrivedAt()).isBefore(slowOne.answeredAt());
            assertThat(Duration.between(slowOne.arrivedAt(), slowOne.answeredAt()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(2_500));
            assertThat(awaitSettled(slowCase, slowHook.id())).containsEntry("status", "SENT").containsEntry("attempts", 1);
            assertThat(awaitSettled(fastCase, fastHook.id())).containsEntry("status", "SENT").containsEntry("attempts", 1);
        }
    }

    @Test
    void anEndedWebhookSubscriptionGetsNoFurtherAlerts() throws Exception {
        try (WebhookReceiver staying = WebhookReceiver.start(); WebhookReceiver leaving = WebhookReceiver.start()) {
            String province = AlertEvents.province();
            NotifyClient.Webhook stays = client.webhook(staying.url(), Level.WATCH, List.of(province));
            NotifyClient.Webhook leaves = client.webhook(leaving.url(), Level.WATCH, List.of(province));
            String caseId = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true));
            assertThat(awaitSettled(caseId, List.of(stays.id(), leaves.id()))).hasSize(2);
            given().auth().oauth2(TestTokens.advocate()).delete("/api/v1/subscriptions/" + leaves.id()).then()
                    .statusCode(204);

            String nextCase = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(nextCase, AlertKind.ESCALATED, Level.IMMINENT, province, true));
            assertThat(awaitSettled(nextCase, stays.id())).containsEntry("status", "SENT");
            assertThat(deliveriesTo(nextCase, leaves.id())).isEmpty();
            assertThat(staying.received()).hasSize(2);
            assertThat(leaving.received()).hasSize(1);
        }
    }

    record DirectoryEntry(String id, String key, String address, String minLevel, String language, String disclosure) {
    }

    private static List<Map<String, Object>> appealsTo(String caseId, Map<String, DirectoryEntry> directory) {
        return NotifyClient.appeals(caseId).stream().filter(appeal -> directory.containsKey(appeal.get("recipientId")))
                .toList();
    }

    /**
     * Gives every default recipient an address of this test, as an operator would; they are deactivated after it.
     * WGEID is left out: it hears of a case only once its people were handed over.
     */
    private Map<String, DirectoryEntry> addressTheDefaultDirectory() {
        List<Map<String, Object>> all = given().auth().oauth2(TestTokens.operator()).get("/api/v1/recipients").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(all).filteredOn(recipient -> recipient.get("directoryKey") != null)
                .as("the test profile configures no addresses: the seeded directory stays inactive")
                .allSatisfy(recipient -> assertThat(recipient).containsEntry("active", false).doesNotContainKey("address"));
        Map<String, DirectoryEntry> entries = new HashMap<>();
        for (Map<String, Object> recipient : all) {
            if (recipient.get("directoryKey") == null || "un-wgeid".equals(recipient.get("directoryKey"))) {
                continue;
            }
            String id = (String) recipient.get("id");
            String address = Mailbox.newAddress((String) recipient.get("directoryKey"));
            Map<String, Object> update = new HashMap<>(recipient);
            update.keySet().retainAll(Set.of("name", "kind", "channel", "language", "minLevel", "disclosure",
                    "requiresConsent", "requiresApproval"));
            update.put("address", address);
            update.put("active", true);
            client.deactivateLater(id);
            NotifyClient.saved(given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(update)
                    .put("/api/v1/recipients/" + id));
            entries.put(id, new DirectoryEntry(id, (String) recipient.get("directoryKey"), address,
                    (String) recipient.get("minLevel"), (String) recipient.get("language"),
                    (String) recipient.get("disclosure")));
        }
        assertThat(entries.values()).extracting(DirectoryEntry::key).containsExactlyInAnyOrder("unhcr-beijing",
                "unhcr-geneva", "rok-embassy-beijing", "rok-consulate-shenyang", "us-embassy-beijing", "un-sr-dprk",
                "un-wgad", "ohchr-seoul");
        return entries;
    }
}
