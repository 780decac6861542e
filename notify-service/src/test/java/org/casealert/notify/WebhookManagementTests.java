package org.casealert.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.casealert.devstack.credentials.DevCredentials;
import org.casealert.devstack.testing.StandardWebhooksVerifier;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.Level;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.casealert.notify.NotifyClient.awaitSettled;
import static org.casealert.notify.NotifyClient.deliveriesTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Advocates manage their own webhooks with their bearer token: list them, send a signed test event, rotate the
 * secret (both secrets sign during the overlap, as Standard Webhooks allows), read the delivery log, and pause a
 * webhook until a time; nobody else's token reaches them. Signatures are checked by the specification's verifier,
 * not the service's code, at a real HTTP receiver.
 */
@QuarkusTest
class WebhookManagementTests extends NotifyTest {

    private static final String OTHER = DevCredentials.forThisJvm().token("other-advocate@test", "advocate", Map.of());

    @Test
    void aTestEventArrivesSignedAndASecretRotationKeepsSignaturesVerifying() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            NotifyClient.Webhook hook = client.webhook(receiver.url(), Level.WATCH, List.of(AlertEvents.province()));
            String path = "/api/v1/subscriptions/" + hook.id();

            List<Map<String, Object>> mine = asAdvocate().get("/api/v1/subscriptions").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            assertThat(mine).filteredOn(subscription -> hook.id().equals(subscription.get("id"))).singleElement()
                    .satisfies(subscription -> assertThat(subscription).containsEntry("url", receiver.url())
                            .containsEntry("channel", "WEBHOOK").containsEntry("status", "ACTIVE"));
            assertThat(given().auth().oauth2(OTHER).get("/api/v1/subscriptions").then().statusCode(200).extract()
                    .jsonPath().getList("id", String.class)).as("another advocate's list").doesNotContain(hook.id());
            for (String other : List.of("", "/deliveries")) {
                given().auth().oauth2(OTHER).get(path + other).then().statusCode(404);
            }
            given().auth().oauth2(OTHER).post(path + "/test").then().statusCode(404);
            given().auth().oauth2(OTHER).post(path + "/secret").then().statusCode(404);
            given().post(path + "/test").then().statusCode(401);
            given().auth().oauth2(TestTokens.hotline("hotline-hooks")).post(path + "/test").then().statusCode(403);

            String first = asAdvocate().post(path + "/test").then().statusCode(202).extract().path("id");
            WebhookReceiver.Received test = awaitRequest(receiver, first);
            assertThat(new StandardWebhooksVerifier(hook.secret()).verify(test.id(), test.timestamp(),
                    test.signature(), test.body())).isTrue();
            JsonPath body = JsonPath.from(test.body());
            assertThat(body.getString("type")).isEqualTo("test");
            assertThat(body.getString("test.subscriptionId")).isEqualTo(hook.id());
            assertThat(test.signature().split(" ")).hasSize(1);
            awaitLogged(path, first, "SENT");

            Instant before = Instant.now();
            JsonPath rotated = asAdvocate().post(path + "/secret").then().statusCode(200)
                    .header("Cache-Control", "no-store").extract().jsonPath();
            String secret = rotated.getString("secret");
            assertThat(secret).startsWith("whsec_").isNotEqualTo(hook.secret());
            assertThat(Instant.parse(rotated.getString("previousSecretUntil")))
                    .isBetween(before.plus(Duration.ofHours(24)).minusSeconds(5), before.plus(Duration.ofHours(25)));

            String second = asAdvocate().post(path + "/test").then().statusCode(202).extract().path("id");
            WebhookReceiver.Received during = awaitRequest(receiver, second);
            assertThat(during.signature().split(" ")).as("two v1 signatures during the rotation").hasSize(2)
                    .allMatch(signature -> signature.startsWith("v1,"));
            assertThat(new StandardWebhooksVerifier(hook.secret()).verify(during.id(), during.timestamp(),
                    during.signature(), during.body())).as("a receiver that still has the old secret").isTrue();
            assertThat(new StandardWebhooksVerifier(secret).verify(during.id(), during.timestamp(),
                    during.signature(), during.body())).as("a receiver that has the new one").isTrue();

            String caseId = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.URGENT, hookProvince(hook.id()), true));
            awaitSettled(caseId, hook.id());
            WebhookReceiver.Received alert = receiver.accepted().stream()
                    .filter(received -> received.body().contains(AlertEvents.reference(caseId))).findFirst()
                    .orElseThrow();
            assertThat(new StandardWebhooksVerifier(hook.secret()).verify(alert.id(), alert.timestamp(),
                    alert.signature(), alert.body())).as("alerts are signed by both as well").isTrue();
            assertThat(new StandardWebhooksVerifier(secret).verify(alert.id(), alert.timestamp(), alert.signature(),
                    alert.body())).isTrue();

            asAdvocate().delete(path + "/secret/previous").then().statusCode(200).body("previousSecretUntil",
                    nullValue());
            String third = asAdvocate().post(path + "/test").then().statusCode(202).extract().path("id");
            WebhookReceiver.Received after = awaitRequest(receiver, third);
            assertThat(after.signature().split(" ")).hasSize(1);
            assertThat(new StandardWebhooksVerifier(secret).verify(after.id(), after.timestamp(), after.signature(),
                    after.body())).isTrue();
            assertThat(new StandardWebhooksVerifier(hook.secret()).verify(after.id(), after.timestamp(),
                    after.signature(), after.body())).as("the rotation has ended: the old secret no longer signs")
                    .isFalse();

            List<Map<String, Object>> log = asAdvocate().get(path + "/deliveries").then().statusCode(200).extract()
                    .jsonPath().getList("$");
            assertThat(log).extracting(entry -> entry.get("id")).startsWith(third).contains(first, second);
            assertThat(log).filteredOn(entry -> "TEST".equals(entry.get("purpose"))).hasSize(3)
                    .allMatch(entry -> "SENT".equals(entry.get("status")));
            assertThat(log).filteredOn(entry -> "ALERT".equals(entry.get("purpose"))).singleElement()
                    .satisfies(entry -> assertThat(entry).containsEntry("caseId", caseId));

            receiver.delay(2_000);
            String slow = asAdvocate().post(path + "/test").then().statusCode(202).extract().path("id");
            asAdvocate().post(path + "/test").then().statusCode(409).contentType("application/problem+json");
            awaitLogged(path, slow, "SENT");
            receiver.delay(0);
            asAdvocate().post(path + "/test").then().statusCode(202);
        }
    }

    @Test
    void aPausedWebhookGetsNothingUntilItResumesAndTheSilencedAlertsAreLogged() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String province = AlertEvents.province();
            NotifyClient.Webhook hook = client.webhook(receiver.url(), Level.WATCH, List.of(province));
            String path = "/api/v1/subscriptions/" + hook.id();
            Instant until = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

            asAdvocate().contentType(ContentType.JSON).body(Map.of("until", Instant.now().minusSeconds(60).toString()))
                    .put(path + "/pause").then().statusCode(422).contentType("application/problem+json");
            given().auth().oauth2(OTHER).contentType(ContentType.JSON).body(Map.of("until", until.toString()))
                    .put(path + "/pause").then().statusCode(404);
            asAdvocate().contentType(ContentType.JSON).body(Map.of("until", until.toString())).put(path + "/pause")
                    .then().statusCode(200).body("pausedUntil", is(until.toString()));

            String silencedCase = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(silencedCase, AlertKind.RAISED, Level.IMMINENT, province, true));
            Map<String, Object> silenced = awaitSettled(silencedCase, hook.id());
            assertThat(silenced).containsEntry("status", "SILENCED");
            assertThat(receiver.received()).as("paused: nothing delivered").isEmpty();

            asAdvocate().delete(path + "/pause").then().statusCode(200).body("pausedUntil",
                    nullValue());
            String deliveredCase = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(deliveredCase, AlertKind.RAISED, Level.IMMINENT, province, true));
            assertThat(awaitSettled(deliveredCase, hook.id())).containsEntry("status", "SENT");
            assertThat(receiver.accepted()).hasSize(1)
                    .allMatch(received -> received.body().contains(AlertEvents.reference(deliveredCase)));
            assertThat(deliveriesTo(silencedCase, hook.id())).as("the silenced alert stays silenced")
                    .extracting(delivery -> delivery.get("status")).containsExactly("SILENCED");

            List<Map<String, Object>> log = asAdvocate().get(path + "/deliveries").then().statusCode(200).extract()
                    .jsonPath().getList("$");
            assertThat(log).extracting(entry -> entry.get("caseId"), entry -> entry.get("status")).containsExactly(
                    tuple(deliveredCase, "SENT"),
                    tuple(silencedCase, "SILENCED"));
        }
    }

    private static RequestSpecification asAdvocate() {
        return given().auth().oauth2(TestTokens.advocate());
    }

    /** The province the hook was made for (its only one). */
    private static String hookProvince(String id) {
        return given().auth().oauth2(TestTokens.advocate()).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .extract().jsonPath().getString("provinces[0]");
    }

    private static WebhookReceiver.Received awaitRequest(WebhookReceiver receiver, String deliveryId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> receiver.accepted().stream().anyMatch(received -> deliveryId.equals(received.id())));
        return receiver.accepted().stream().filter(received -> deliveryId.equals(received.id())).findFirst()
                .orElseThrow();
    }

    private static void awaitLogged(String path, String deliveryId, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> asAdvocate().get(path + "/deliveries").then()
                .statusCode(200).extract().jsonPath().getList("$", Map.class).stream()
                .anyMatch(entry -> deliveryId.equals(entry.get("id")) && status.equals(entry.get("status"))));
    }
}
