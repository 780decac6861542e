package org.casealert.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.casealert.devstack.credentials.DevCredentials;
import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.Level;
import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/**
 * The notify API as operators, advocates and the public call it. Recipients and subscriptions made through
 * it are ended when it is closed, so that no later test's alert reaches them.
 */
final class NotifyClient implements AutoCloseable {

    record Webhook(String id, String secret) {
    }

    record Recipient(String id, String address) {
    }

    private final List<String> recipients = new ArrayList<>();
    private final List<String> subscriptions = new ArrayList<>();

    /**
     * Adds an e-mail recipient with a fresh address: an NGO desk in English, URGENT and up, pseudonymised,
     * needing neither consent nor approval, unless {@code settings} say otherwise.
     */
    Recipient recipient(Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Test desk", "kind", "NGO", "channel", "EMAIL",
                "address", Mailbox.newAddress("desk"), "language", "en", "minLevel", "URGENT", "disclosure",
                "PSEUDONYMISED", "requiresConsent", false, "requiresApproval", false));
        body.putAll(settings);
        String id = saved(given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/recipients")).getString("id");
        recipients.add(id);
        return new Recipient(id, (String) body.get("address"));
    }

    /** A second operator, another token subject than {@link TestTokens#operator()}: the four eyes' other pair. */
    static String secondOperator() {
        return DevCredentials.forThisJvm().token("second-operator@test", "operator", Map.of());
    }

    /**
     * The recipient an operator's create or update saved: at once (201 or 200), or, when the change waits for a
     * second operator (202: FULL disclosure, consent or approval switched off), once the second operator approved.
     */
    static JsonPath saved(Response answer) {
        if (answer.statusCode() != 202) {
            return answer.then().statusCode(anyOf(is(200), is(201))).extract().jsonPath();
        }
        String changeId = answer.then().body("status", is("PENDING")).extract().path("id");
        return given().auth().oauth2(secondOperator()).post("/api/v1/recipients/changes/" + changeId + "/approve")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Takes a recipient out of the directory at the end, e.g. a default entry the test gave an address. */
    void deactivateLater(String recipientId) {
        recipients.add(recipientId);
    }

    Webhook webhook(String url, Level minLevel, List<String> provinces) {
        JsonPath answer = given().auth().oauth2(TestTokens.advocate()).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEBHOOK", "url", url, "minLevel", minLevel.name(), "provinces", provinces))
                .post("/api/v1/subscriptions").then().statusCode(201).extract().jsonPath();
        subscriptions.add(answer.getString("id"));
        return new Webhook(answer.getString("id"), answer.getString("secret"));
    }

    /** Ends the subscription at the end. */
    void track(String subscriptionId) {
        subscriptions.add(subscriptionId);
    }

    /** Signs {@code address} up (202, pending); returns the subscription id. */
    String signUp(String address, Level minLevel, List<String> provinces, String language) {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "address", address, "minLevel", minLevel.name(), "provinces",
                        provinces, "language", language))
                .post("/api/v1/subscriptions").then().statusCode(202).extract().path("id");
        subscriptions.add(id);
        return id;
    }

    /** Signs up and follows the link of the confirmation mail; returns the active subscription's id. */
    String subscribedAddress(String address, Level minLevel, List<String> provinces) {
        String id = signUp(address, minLevel, provinces, "en");
        confirm(Mailbox.link(Mailbox.awaitMail(address, "/confirm?token="), "/confirm?token="));
        return id;
    }

    /** Follows the link of a confirmation mail. */
    static void confirm(String link) {
        given().urlEncodingEnabled(false).accept(ContentType.JSON).get(local(link)).then().statusCode(200)
                .body("status", is("ACTIVE"));
    }

    /** Where the service is reached in this test: links in mails name the configured public URL. */
    static String local(String link) {
        String publicUrl = ConfigProvider.getConfig().getValue("notify.public-url", String.class);
        if (!link.startsWith(publicUrl)) {
            throw new AssertionError(link + " does not start with the public URL " + publicUrl);
        }
        return baseUrl() + link.substring(publicUrl.length());
    }

    static String baseUrl() {
        return "http://localhost:" + RestAssured.port;
    }

    static String subscriptionStatus(String id) {
        List<Map<String, Object>> all = given().auth().oauth2(TestTokens.operator()).get("/api/v1/subscriptions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(subscription -> id.equals(subscription.get("id")))
                .map(subscription -> (String) subscription.get("status")).findFirst()
                .orElseThrow(() -> new AssertionError("no subscription " + id));
    }

    static List<Map<String, Object>> deliveries(String caseId) {
        return given().auth().oauth2(TestTokens.operator()).queryParam("caseId", caseId).get("/api/v1/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    static List<Map<String, Object>> deliveriesTo(String caseId, String targetId) {
        return deliveries(caseId).stream().filter(delivery -> targetId.equals(target(delivery).get("id"))).toList();
    }

    /**
     * Waits until each of {@code targets} has a delivery of the case and no delivery of the case is still to be
     * tried; returns the deliveries to those targets.
     */
    static List<Map<String, Object>> awaitSettled(String caseId, Collection<String> targets) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Map<String, Object>> deliveries = deliveries(caseId);
            return deliveries.stream().map(delivery -> target(delivery).get("id")).collect(Collectors.toSet())
                    .containsAll(targets)
                    && deliveries.stream()
                            .allMatch(delivery -> Set.of("SENT", "DEAD", "SILENCED").contains(delivery.get("status")));
        });
        return deliveries(caseId).stream().filter(delivery -> targets.contains(target(delivery).get("id"))).toList();
    }

    /** The one delivery of the case to {@code target}, once it is sent or dead. */
    static Map<String, Object> awaitSettled(String caseId, String target) {
        List<Map<String, Object>> deliveries = awaitSettled(caseId, List.of(target));
        if (deliveries.size() != 1) {
            throw new AssertionError(deliveries.size() + " deliveries to " + target);
        }
        return deliveries.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> target(Map<String, Object> delivery) {
        return (Map<String, Object>) delivery.get("target");
    }

    static List<Map<String, Object>> appeals(String caseId) {
        return given().auth().oauth2(TestTokens.operator()).queryParam("caseId", caseId).get("/api/v1/appeals").then()
                .statusCode(200).extract().jsonPath().getList("$");
    }

    static Map<String, Object> appealTo(String caseId, String recipientId) {
        List<Map<String, Object>> found = appeals(caseId).stream()
                .filter(appeal -> recipientId.equals(appeal.get("recipientId"))).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " appeals to " + recipientId + " on case " + caseId);
        }
        return found.get(0);
    }

    /** The unsubscribe link of an alert mail, as the mail's text and its List-Unsubscribe header give it. */
    static String unsubscribeLink(ReceivedMail mail) {
        return Mailbox.link(mail, "/unsubscribe?token=");
    }

    @Override
    public void close() {
        for (String id : subscriptions) {
            given().auth().oauth2(TestTokens.operator()).delete("/api/v1/subscriptions/" + id);
        }
        for (String id : recipients) {
            given().auth().oauth2(TestTokens.operator()).delete("/api/v1/recipients/" + id);
        }
    }
}
