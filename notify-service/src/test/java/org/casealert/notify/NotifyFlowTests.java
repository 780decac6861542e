package org.casealert.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.StandardWebhooksVerifier;
import org.casealert.devstack.testing.TestMail;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.TestTopics;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.EventCodec;
import org.casealert.events.Level;
import org.casealert.events.Topics;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class NotifyFlowTests extends NotifyTest {

    WebhookReceiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    @Test
    void anImminentAlertReachesAWebhookOnceSignedAndWithoutNames() throws Exception {
        String province = AlertEvents.province();
        String secret = client.webhook(receiver.url(), Level.WATCH, List.of(province)).secret();
        assertThat(secret).startsWith("whsec_");

        String caseId = UUID.randomUUID().toString();
        CaseAlert alert = alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true);
        TestTopics.send(Topics.CASE_ALERTS, caseId, EventCodec.write(alert));

        await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.accepted().isEmpty());
        Thread.sleep(1_000);
        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(1);
        WebhookReceiver.Received request = received.get(0);
        assertThat(new StandardWebhooksVerifier(secret).verify(request.id(), request.timestamp(), request.signature(),
                request.body())).isTrue();
        assertThat(new StandardWebhooksVerifier(secret).verify(request.id(), request.timestamp(), request.signature(),
                request.body() + " ")).isFalse();
        assertThat(request.body()).contains("\"type\":\"case.alert\"", caseId, "\"level\":\"IMMINENT\"")
                .doesNotContain(AlertEvents.NAME, AlertEvents.HANGUL, "Ri Chun-hui", "Hoeryong", "sealedParticulars",
                        "RELIGIOUS_CONTACT");

        given().auth().oauth2(TestTokens.operator()).queryParam("caseId", caseId).get("/api/v1/deliveries").then()
                .statusCode(200).body("status", Matchers.everyItem(Matchers.is("SENT")));
    }

    @Test
    void anAppealWithFullDisclosureNamesThePeopleAndAPseudonymisedOneDoesNot() {
        String full = recipient("Test UNHCR desk", "unhcr-desk@recipients.test", "UNHCR", "FULL", "en");
        String pseudonymised = recipient("Test embassy desk", "embassy-desk@recipients.test", "EMBASSY", "PSEUDONYMISED",
                "en");
        client.deactivateLater(full);
        client.deactivateLater(pseudonymised);
        String caseId = UUID.randomUUID().toString();
        TestTopics.send(Topics.CASE_ALERTS, caseId,
                EventCodec.write(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, "Jilin", true)));

        ReceivedMail toFull = awaitMail("unhcr-desk@recipients.test", AlertEvents.reference(caseId));
        ReceivedMail toPseudonymised = awaitMail("embassy-desk@recipients.test", AlertEvents.reference(caseId));

        assertThat(toFull.subject()).startsWith("URGENT APPEAL");
        assertThat(toFull.body()).contains(AlertEvents.NAME, "Article 33", "1967 Protocol", "Convention against Torture",
                "agreement of 1 December 1995", "arbitration", "Tumen Border Detention Center");
        assertThat(toPseudonymised.body()).contains("Article 33", "Tumen Border Detention Center")
                .doesNotContain(AlertEvents.NAME, AlertEvents.HANGUL, "Ri Chun-hui", "Hoeryong", AlertEvents.NARRATIVE);
    }

    static String recipient(String name, String address, String kind, String disclosure, String language) {
        return NotifyClient.saved(given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", kind, "channel", "EMAIL", "address", address, "language", language,
                        "minLevel", "URGENT", "disclosure", disclosure, "requiresConsent", true, "requiresApproval",
                        false))
                .post("/api/v1/recipients")).getString("id");
    }

    static ReceivedMail awaitMail(String to, String referencePart) {
        ReceivedMail[] found = new ReceivedMail[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (ReceivedMail mail : TestMail.received()) {
                if (mail.to().contains(to) && mail.subject().contains(referencePart)) {
                    found[0] = mail;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }
}
