package org.casealert.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.AlertKind;
import org.casealert.events.Level;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casealert.notify.NotifyClient.appealTo;
import static org.casealert.notify.NotifyClient.awaitSettled;
import static org.casealert.notify.NotifyClient.deliveriesTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * No single operator lets names out: a FULL-disclosure recipient, or one whose consent or approval requirement
 * is switched off, waits for a second operator; and the audit log says who read, approved, rejected or changed
 * what, without saying what it read.
 */
@QuarkusTest
class FourEyesTests extends NotifyTest {

    @Test
    void aFullRecipientWaitsForASecondOperator() {
        String address = Mailbox.newAddress("four-eyes");
        JsonPath pending = given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("name", "Test UNHCR desk", "kind", "UNHCR", "channel", "EMAIL", "address", address,
                        "disclosure", "FULL", "requiresConsent", false, "requiresApproval", false))
                .post("/api/v1/recipients").then().statusCode(202).body("status", is("PENDING"))
                .body("reason", containsString("FULL")).body("requestedBy", is("operator@test")).extract()
                .jsonPath();
        String changeId = pending.getString("id");
        assertThat(recipientAddresses()).doesNotContain(address);
        assertThat(pendingChangeIds()).contains(changeId);

        // an alert while it waits: the control recipient hears of it, the pending one does not exist yet
        NotifyClient.Recipient control = client.recipient(Map.of());
        String first = AlertEvents.newCaseId();
        AlertEvents.publish(alerts.alert(first, AlertKind.RAISED, Level.IMMINENT, AlertEvents.province(), true));
        assertThat(awaitSettled(first, control.id())).containsEntry("status", "SENT");
        Mailbox.awaitExactlyOne(control.address(), AlertEvents.reference(first));
        assertThat(Mailbox.to(address)).isEmpty();

        given().auth().oauth2(TestTokens.operator()).post("/api/v1/recipients/changes/" + changeId + "/approve").then()
                .statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("second operator"));
        assertThat(recipientAddresses()).doesNotContain(address);

        String recipientId = given().auth().oauth2(NotifyClient.secondOperator())
                .post("/api/v1/recipients/changes/" + changeId + "/approve").then().statusCode(200)
                .body("address", is(address)).body("disclosure", is("FULL")).body("requiresConsent", is(false))
                .extract().path("id");
        client.deactivateLater(recipientId);
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/recipients/changes/" + changeId).then()
                .statusCode(200).body("status", is("APPROVED")).body("decidedBy", is("second-operator@test"))
                .body("resultRecipientId", is(recipientId));
        given().auth().oauth2(NotifyClient.secondOperator()).post("/api/v1/recipients/changes/" + changeId + "/approve")
                .then().statusCode(409);

        String second = AlertEvents.newCaseId();
        AlertEvents.publish(alerts.alert(second, AlertKind.RAISED, Level.IMMINENT, AlertEvents.province(), true));
        assertThat(awaitSettled(second, recipientId)).containsEntry("status", "SENT");
        assertThat(Mailbox.awaitExactlyOne(address, AlertEvents.reference(second)).body()).contains(AlertEvents.NAME);

        JsonPath requested = audit("RECIPIENT_CHANGE_REQUESTED", changeId);
        assertThat(requested.getString("items[0].actorSub")).isEqualTo("operator@test");
        JsonPath approved = audit("RECIPIENT_CHANGE_APPROVED", recipientId);
        assertThat(approved.getString("items[0].actorSub")).isEqualTo("second-operator@test");
        assertThat(approved.getString("items[0].detail")).isEqualTo("change " + changeId);
        assertThat(audit("RECIPIENT_CREATED", recipientId).getList("items")).hasSize(1);
        assertThat(requested.prettify() + approved.prettify()).doesNotContain(address, "UNHCR desk");
    }

    @Test
    void switchingOffConsentWaitsAndTheRecipientKeepsItUntilApproved() {
        NotifyClient.Recipient recipient = client.recipient(Map.of("kind", "EMBASSY", "requiresConsent", true));
        Map<String, Object> update = Map.of("name", "Test desk", "kind", "EMBASSY", "channel", "EMAIL", "address",
                recipient.address(), "requiresConsent", false);
        String changeId = given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON).body(update)
                .put("/api/v1/recipients/" + recipient.id()).then().statusCode(202)
                .body("reason", containsString("consent")).body("recipientId", is(recipient.id())).extract()
                .path("id");
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/recipients/" + recipient.id()).then()
                .statusCode(200).body("requiresConsent", is(true));

        // without consent the alert is blocked for it, as before the request
        String caseId = AlertEvents.newCaseId();
        AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, AlertEvents.province(), false));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> NotifyClient.appeals(caseId).stream()
                        .anyMatch(appeal -> recipient.id().equals(appeal.get("recipientId"))));
        assertThat(appealTo(caseId, recipient.id())).containsEntry("status", "BLOCKED");
        assertThat(deliveriesTo(caseId, recipient.id())).isEmpty();

        given().auth().oauth2(NotifyClient.secondOperator()).post("/api/v1/recipients/changes/" + changeId + "/reject")
                .then().statusCode(200).body("status", is("REJECTED")).body("decidedBy", is("second-operator@test"));
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/recipients/" + recipient.id()).then()
                .statusCode(200).body("requiresConsent", is(true));
        assertThat(pendingChangeIds()).doesNotContain(changeId);
        assertThat(audit("RECIPIENT_CHANGE_REJECTED", recipient.id()).getString("items[0].actorSub"))
                .isEqualTo("second-operator@test");

        // lowering exposure needs no second operator: a pseudonymised recipient's level, or deactivation
        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("name", "Test desk", "kind", "EMBASSY", "channel", "EMAIL", "address",
                        recipient.address(), "minLevel", "IMMINENT"))
                .put("/api/v1/recipients/" + recipient.id()).then().statusCode(200).body("minLevel", is("IMMINENT"));
        assertThat(audit("RECIPIENT_CHANGED", recipient.id()).getString("items[0].actorSub"))
                .isEqualTo("operator@test");
    }

    @Test
    void readingApprovingAndRejectingAppealsIsAudited() {
        NotifyClient.Recipient needsApproval = client.recipient(Map.of("kind", "EMBASSY", "requiresApproval", true));
        String approvedCase = AlertEvents.newCaseId();
        String rejectedCase = AlertEvents.newCaseId();
        AlertEvents.publish(alerts.alert(approvedCase, AlertKind.RAISED, Level.IMMINENT, AlertEvents.province(), false));
        AlertEvents.publish(alerts.alert(rejectedCase, AlertKind.RAISED, Level.IMMINENT, AlertEvents.province(), false));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> NotifyClient.appeals(approvedCase).size() == 1 && NotifyClient.appeals(rejectedCase).size() == 1);

        String toApprove = (String) appealTo(approvedCase, needsApproval.id()).get("id");
        String toReject = (String) appealTo(rejectedCase, needsApproval.id()).get("id");
        JsonPath reads = audit("PARTICULARS_READ", toApprove);
        assertThat(reads.getList("items")).isNotEmpty();
        assertThat(reads.getString("items[0].actorSub")).isEqualTo("operator@test");
        assertThat(reads.getString("items[0].actorName")).isEqualTo("operator@test");

        given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + toApprove + "/approve").then()
                .statusCode(200).body("status", is("APPROVED"));
        given().auth().oauth2(NotifyClient.secondOperator()).post("/api/v1/appeals/" + toReject + "/reject").then()
                .statusCode(200).body("status", is("CANCELLED")).body("blockedReason", is("rejected by an operator"));
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + toReject + "/approve").then()
                .statusCode(409);
        given().auth().oauth2(TestTokens.operator()).post("/api/v1/appeals/" + toReject + "/reject").then()
                .statusCode(409);
        assertThat(awaitSettled(approvedCase, needsApproval.id())).containsEntry("status", "SENT");
        assertThat(deliveriesTo(rejectedCase, needsApproval.id())).isEmpty();

        JsonPath approved = audit("APPEAL_APPROVED", toApprove);
        assertThat(approved.getString("items[0].actorSub")).isEqualTo("operator@test");
        assertThat(approved.getString("items[0].detail")).isEqualTo("case " + approvedCase);
        JsonPath rejected = audit("APPEAL_REJECTED", toReject);
        assertThat(rejected.getList("items")).hasSize(1);
        assertThat(rejected.getString("items[0].actorSub")).isEqualTo("second-operator@test");
        assertThat(reads.prettify() + approved.prettify() + rejected.prettify()).doesNotContain(AlertEvents.PERSONAL)
                .doesNotContain(AlertEvents.reference(approvedCase));
    }

    @Test
    void theAuditLogPagesNewestFirstAndRefusesWhatItCannotRead() {
        NotifyClient.Recipient recipient = client.recipient(Map.of());
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TestTokens.operator()).get("/api/v1/appeals?caseId=" + AlertEvents.newCaseId())
                    .then().statusCode(200);
        }
        JsonPath firstPage = given().auth().oauth2(TestTokens.operator()).queryParam("limit", 2).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath();
        List<Integer> firstIds = firstPage.getList("items.id", Integer.class);
        assertThat(firstIds).hasSize(2).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        String cursor = firstPage.getString("nextCursor");
        assertThat(cursor).isNotNull();
        List<Integer> secondIds = given().auth().oauth2(TestTokens.operator()).queryParam("limit", 2)
                .queryParam("cursor", cursor).get("/api/v1/audit").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Integer.class);
        assertThat(secondIds).isNotEmpty().allSatisfy(id -> assertThat(id).isLessThan(firstIds.get(1)));
        assertThat(audit("RECIPIENT_CREATED", recipient.id()).getList("items")).hasSize(1);
        given().auth().oauth2(TestTokens.operator()).queryParam("since", "2999-01-01T00:00:00Z").get("/api/v1/audit")
                .then().statusCode(200).body("items.size()", is(0)).body("nextCursor", nullValue());

        for (Map<String, String> wrong : List.of(Map.of("cursor", "bm90IGEgY3Vyc29y"), Map.of("cursor", "%%%"),
                Map.of("action", "EVERYTHING"), Map.of("since", "yesterday"),
                Map.of("since", "+999999999-12-31T23:59:59Z"), Map.of("target", "a\u0000b"),
                Map.of("target", "x".repeat(300)))) {
            given().auth().oauth2(TestTokens.operator()).queryParams(wrong).get("/api/v1/audit").then()
                    .statusCode(422).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.advocate()).get("/api/v1/audit").then().statusCode(403);
    }

    static JsonPath audit(String action, String target) {
        return given().auth().oauth2(TestTokens.operator()).queryParam("action", action).queryParam("target", target)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> recipientAddresses() {
        return given().auth().oauth2(TestTokens.operator()).get("/api/v1/recipients").then().statusCode(200)
                .extract().jsonPath().getList("address", String.class);
    }

    private static List<String> pendingChangeIds() {
        return given().auth().oauth2(TestTokens.operator()).get("/api/v1/recipients/changes").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
    }
}
