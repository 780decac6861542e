package org.casealert.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.casealert.devstack.credentials.DevCredentials;
import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.Level;
import org.casealert.notify.subscription.SubscriptionTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casealert.notify.NotifyClient.awaitSettled;
import static org.casealert.notify.NotifyClient.deliveriesTo;
import static org.casealert.notify.NotifyClient.local;
import static org.casealert.notify.NotifyClient.subscriptionStatus;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** E-mail subscriptions: double opt-in, signed single-purpose links, unsubscribing, and a sign-up that tells nothing. */
@QuarkusTest
class SubscriptionTests extends NotifyTest {

    private static final String CONFIRM = "/api/v1/subscriptions/confirm?token=";
    private static final String UNSUBSCRIBE = "/api/v1/subscriptions/unsubscribe?token=";

    @Inject
    SubscriptionTokens tokens;
    WebhookReceiver control;
    String province;
    String controlHook;

    @BeforeEach
    void setUp() throws Exception {
        // a webhook on the same alerts: once it has its delivery, the fan-out of the alert is done
        control = WebhookReceiver.start();
        province = AlertEvents.province();
        controlHook = client.webhook(control.url(), Level.WATCH, List.of(province)).id();
    }

    @AfterEach
    void tearDown() {
        control.close();
    }

    @Test
    void nothingButTheConfirmationReachesAnAddressUntilItIsConfirmed() {
        String address = Mailbox.newAddress("opt-in");
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "address", address, "minLevel", "WATCH", "provinces", List.of(province)))
                .post("/api/v1/subscriptions").then().statusCode(202).body("status", is("PENDING_CONFIRMATION"))
                .extract().path("id");
        client.track(id);
        ReceivedMail confirmation = Mailbox.awaitExactlyOne(address, CONFIRM);
        assertThat(confirmation.subject()).isEqualTo("case-alert subscription");
        assertThat(confirmation.body()).contains("level WATCH or above", province, "within 48 hours");

        String before = AlertEvents.newCaseId();
        AlertEvents.publish(alerts.madePublic(alerts.alert(before, AlertKind.RAISED, Level.IMMINENT, province, true)));
        awaitSettled(before, controlHook);
        assertThat(deliveriesTo(before, id)).isEmpty();
        assertThat(Mailbox.to(address)).containsExactly(confirmation);

        given().urlEncodingEnabled(false).accept(ContentType.HTML).get(local(Mailbox.link(confirmation, CONFIRM)))
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("Your subscription is confirmed"));
        assertThat(subscriptionStatus(id)).isEqualTo("ACTIVE");
        given().urlEncodingEnabled(false).accept(ContentType.JSON).get(local(Mailbox.link(confirmation, CONFIRM)))
                .then().statusCode(200).body("id", is(id)).body("status", is("ACTIVE"));

        String after = AlertEvents.newCaseId();
        AlertEvents.publish(alerts.madePublic(alerts.alert(after, AlertKind.RAISED, Level.IMMINENT, province, true)));
        assertThat(awaitSettled(after, id)).containsEntry("status", "SENT");
        Mailbox.awaitExactlyOne(address, AlertEvents.reference(after));
        assertThat(Mailbox.to(address, AlertEvents.reference(before))).as("an alert from before is not sent late")
                .isEmpty();
    }

    @Test
    void anAddressThatSubscribesAgainGetsEachAlertOnceWithItsLatestChoices() {
        String address = Mailbox.newAddress("again");
        String first = client.subscribedAddress(address, Level.WATCH, List.of(province));
        String second = client.signUp(address, Level.URGENT, List.of(province), "en");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.to(address, CONFIRM).size() == 2);
        assertThat(subscriptionStatus(first)).as("still active until the new one is confirmed").isEqualTo("ACTIVE");

        NotifyClient.confirm(Mailbox.link(Mailbox.to(address, CONFIRM).get(1), CONFIRM));

        assertThat(subscriptionStatus(first)).isEqualTo("UNSUBSCRIBED");
        assertThat(subscriptionStatus(second)).isEqualTo("ACTIVE");
        String caseId = AlertEvents.newCaseId();
        AlertEvents.publish(alerts.madePublic(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true)));
        assertThat(awaitSettled(caseId, second)).containsEntry("status", "SENT");
        awaitSettled(caseId, controlHook);
        assertThat(deliveriesTo(caseId, first)).isEmpty();
        Mailbox.awaitExactlyOne(address, AlertEvents.reference(caseId));
    }

    @Test
    void linksServeOnePurposeOnlyAndCannotBeForgedOrUsedLate() {
        String address = Mailbox.newAddress("tokens");
        String id = client.subscribedAddress(address, Level.WATCH, List.of(province));
        String confirmToken = token(Mailbox.link(Mailbox.awaitMail(address, CONFIRM), CONFIRM));
        String caseId = AlertEvents.newCaseId();
        AlertEvents.publish(alerts.madePublic(alerts.alert(caseId, AlertKind.RAISED, Level.URGENT, province, false)));
        String unsubscribeToken = token(
                Mailbox.link(Mailbox.awaitMail(address, AlertEvents.reference(caseId)), UNSUBSCRIBE));

        String[] parts = unsubscribeToken.split("\\.");
        String otherSignature = parts[1].charAt(0) == 'A' ? "B" + parts[1].substring(1) : "A" + parts[1].substring(1);
        String otherSubject = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("UNSUBSCRIBE:" + client.signUp(Mailbox.newAddress("victim"), Level.WATCH, List.of(province), "en")
                        + ":9999999999").getBytes(StandardCharsets.UTF_8));
        for (String refused : List.of(parts[0] + "." + otherSignature, otherSubject + "." + parts[1], parts[0],
                unsubscribeToken + "x", "", confirmToken)) {
            given().urlEncodingEnabled(false).accept(ContentType.JSON).post(UNSUBSCRIBE + refused).then()
                    .statusCode(404).contentType("application/problem+json");
        }
        assertThat(subscriptionStatus(id)).isEqualTo("ACTIVE");

        given().urlEncodingEnabled(false).accept(ContentType.JSON).get(CONFIRM + unsubscribeToken).then()
                .statusCode(404);
        given().urlEncodingEnabled(false).accept(ContentType.HTML).get(CONFIRM + unsubscribeToken).then()
                .statusCode(404).body(containsString("This link is not valid any more"));

        String pending = client.signUp(Mailbox.newAddress("late"), Level.WATCH, List.of(province), "en");
        String expired = tokens.issue(pending, SubscriptionTokens.Purpose.CONFIRM, Duration.ofMinutes(-1));
        given().urlEncodingEnabled(false).accept(ContentType.JSON).get(CONFIRM + expired).then().statusCode(404);
        assertThat(subscriptionStatus(pending)).isEqualTo("PENDING_CONFIRMATION");
        String valid = tokens.issue(pending, SubscriptionTokens.Purpose.CONFIRM, Duration.ofMinutes(1));
        given().urlEncodingEnabled(false).accept(ContentType.JSON).get(CONFIRM + valid).then().statusCode(200)
                .body("status", is("ACTIVE"));
    }

    @Test
    void everyAlertMailCarriesAWorkingUnsubscribeLink() {
        String address = Mailbox.newAddress("leaving");
        String id = client.subscribedAddress(address, Level.WATCH, List.of(province));
        String confirmLink = Mailbox.link(Mailbox.awaitMail(address, CONFIRM), CONFIRM);
        String caseId = AlertEvents.newCaseId();
        AlertEvents.publish(alerts.madePublic(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true)));
        ReceivedMail alert = Mailbox.awaitExactlyOne(address, AlertEvents.reference(caseId));

        String link = Mailbox.link(alert, UNSUBSCRIBE);
        assertThat(alert.listUnsubscribe()).isEqualTo("<" + link + ">");
        assertThat(alert.raw()).contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
        given().urlEncodingEnabled(false).accept(ContentType.HTML).get(local(link)).then().statusCode(200)
                .body(containsString("Stop receiving case-alert e-mails at this address?"))
                .body(containsString("<form method=\"post\" action=\"" + UNSUBSCRIBE));
        assertThat(subscriptionStatus(id)).as("opening the link only asks").isEqualTo("ACTIVE");

        // RFC 8058 one-click, as a mail client sends it
        given().urlEncodingEnabled(false).contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click")
                .accept(ContentType.JSON).post(local(link)).then().statusCode(200).body("status", is("UNSUBSCRIBED"));
        assertThat(subscriptionStatus(id)).isEqualTo("UNSUBSCRIBED");
        given().urlEncodingEnabled(false).accept(ContentType.HTML).get(local(link)).then().statusCode(200)
                .body(containsString("You are unsubscribed"));
        given().urlEncodingEnabled(false).accept(ContentType.JSON).get(local(confirmLink)).then().statusCode(404);
        assertThat(subscriptionStatus(id)).as("the old confirm link does not bring it back").isEqualTo("UNSUBSCRIBED");

        String next = AlertEvents.newCaseId();
        AlertEvents.publish(alerts.madePublic(alerts.alert(next, AlertKind.RAISED, Level.IMMINENT, province, true)));
        awaitSettled(next, controlHook);
        assertThat(deliveriesTo(next, id)).isEmpty();
        assertThat(Mailbox.to(address, AlertEvents.reference(next))).isEmpty();
    }

    @Test
    void signingUpTellsNothingAboutWhetherAnAddressIsAlreadySubscribed() {
        String known = Mailbox.newAddress("known");
        String existing = client.subscribedAddress(known, Level.URGENT, List.of(province));
        String unknown = Mailbox.newAddress("unknown");

        List<Response> answers = List.of(signUp(unknown), signUp(known), signUp(known), signUp(unknown));
        for (Response answer : answers) {
            client.track(answer.path("id"));
        }
        assertThat(answers).extracting(Response::statusCode).containsOnly(202);
        assertThat(answers).extracting(answer -> answer.path("status")).containsOnly("PENDING_CONFIRMATION");
        assertThat(answers).extracting(answer -> answer.asString().replace(answer.path("id"), "ID")).containsOnly(
                answers.get(0).asString().replace(answers.get(0).path("id"), "ID"));
        assertThat(answers).extracting(SubscriptionTests::headers).containsOnly(headers(answers.get(0)));
        assertThat(answers).extracting(answer -> answer.path("id")).doesNotHaveDuplicates().doesNotContain(existing);
        assertThat(subscriptionStatus(existing)).isEqualTo("ACTIVE");
    }

    @Test
    void signUpsAreValidatedWithTheFieldNamed() {
        for (Map<String, Object> body : List.<Map<String, Object>> of(
                Map.of("channel", "EMAIL", "address", "not an address"),
                Map.of("channel", "EMAIL", "address", Mailbox.newAddress("fr"), "language", "fr"),
                Map.of("channel", "EMAIL"))) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/subscriptions").then().statusCode(422)
                    .contentType("application/problem+json").body("violations.field", hasItem(
                            body.containsKey("language") ? "language" : "address"));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "address", Mailbox.newAddress("typo"), "minLevl", "WATCH"))
                .post("/api/v1/subscriptions").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void oneOwnerHasAtMostTenActiveWebhooks() {
        String owner = DevCredentials.forThisJvm().token("advocate-with-many-hooks@test", "advocate", Map.of());
        List<String> hooks = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                hooks.add(webhook(owner, i).then().statusCode(201).extract().path("id"));
            }
            webhook(owner, 10).then().statusCode(422).contentType("application/problem+json")
                    .body("violations.field", hasItem("url"));
            given().auth().oauth2(owner).delete("/api/v1/subscriptions/" + hooks.remove(0)).then().statusCode(204);
            hooks.add(webhook(owner, 11).then().statusCode(201).extract().path("id"));
            // another owner is not held back by this one's webhooks
            client.webhook(control.url() + "/other", Level.WATCH, List.of(province));
        } finally {
            hooks.forEach(id -> given().auth().oauth2(owner).delete("/api/v1/subscriptions/" + id));
        }
    }

    private Response webhook(String token, int number) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEBHOOK", "url", control.url() + "/" + number, "minLevel", "WATCH",
                        "provinces", List.of(province)))
                .post("/api/v1/subscriptions");
    }

    private static Response signUp(String address) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "address", address, "minLevel", "URGENT")).post("/api/v1/subscriptions");
    }

    /** The headers' names, and the values of those that describe the body. */
    private static Set<String> headers(Response answer) {
        return answer.getHeaders().asList().stream().map(header -> switch (header.getName().toLowerCase()) {
            case "content-type", "content-length" -> header.getName().toLowerCase() + "=" + header.getValue();
            default -> header.getName().toLowerCase();
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String token(String link) {
        return link.substring(link.indexOf("?token=") + "?token=".length());
    }
}
