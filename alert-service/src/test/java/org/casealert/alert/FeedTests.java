package org.casealert.alert;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.casealert.alert.feed.FeedDocuments;
import org.casealert.alert.feed.PublicAlerts;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.Consent;
import org.casealert.events.ConsentGiver;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The public Atom and CAP feeds: consented cases only, and of them only level, place and counts. */
@QuarkusTest
class FeedTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String FACILITY = "<script>alert(1)</script> Hunchun Wonjong-ri holding house";
    private static final Consent PUBLIC = new Consent(false, false, false, true, ConsentGiver.FAMILY);

    @Inject
    ReportEvents events;

    @Test
    void onlyCasesWhoseEveryPersonConsentedAppearAndOnlyWithLevelPlaceAndCounts() throws Exception {
        String consented = CaseApi.submit(events.report("hotline-feed-1")
                .person(ReportEvents.Person.named("Yun Mi-ran", Sex.FEMALE, 1990))
                .person(ReportEvents.Person.named("Yun Chol-min", Sex.MALE, 2015))
                .at(DetentionStage.BORDER_FACILITY, TODAY.minusDays(1), FACILITY, "Hunchun", "Jilin").consent(PUBLIC)
                .narrative("Her brother Yun Kwang-su called from Seoul").build()).getString("id");
        String silent = CaseApi.submit(events.report("hotline-feed-2")
                .person(ReportEvents.Person.named("Kye Sun-ok", Sex.FEMALE, 1985))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY.minusDays(3), FACILITY, "Hunchun", "Jilin").build())
                .getString("id");
        String refused = CaseApi.submit(events.report("hotline-feed-3")
                .person(ReportEvents.Person.named("Kye Myong-hui", Sex.FEMALE, 1991))
                .at(DetentionStage.LOCAL_CUSTODY, TODAY.minusDays(3), FACILITY, "Hunchun", "Jilin").consent(PUBLIC)
                .build()).getString("id");
        given().auth().oauth2(TestTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("givenBy", "FAMILY", "publicAdvocacy", false))
                .post("/api/v1/cases/" + refused + "/consent").then().statusCode(200);

        for (String path : List.of("/feeds/alerts.atom", "/feeds/alerts.cap")) {
            String text = given().get(path).then().statusCode(200).contentType("application/atom+xml").extract()
                    .asString();
            assertThat(text).doesNotContain(consented, silent, refused, "Yun Mi-ran", "Yun Chol-min", "Kye", "Seoul",
                    "Wonjong-ri", "<script", "&lt;script", "alert(1)", TODAY.minusDays(1).toString());
            Document feed = parse(text);
            Element entry = entry(feed, PublicAlerts.pseudonym(consented));
            assertThat(entry).as("the consented case in " + path).isNotNull();
            assertThat(entry(feed, PublicAlerts.pseudonym(silent))).as("no consent recorded").isNull();
            assertThat(entry(feed, PublicAlerts.pseudonym(refused))).as("consent revoked").isNull();
            assertThat(child(entry, FeedDocuments.ATOM, "title").getTextContent())
                    .isEqualTo("IMMINENT: 2 people (1 woman, 1 minor) held in Jilin, China, crossing HUNCHUN-KYONGWON");
        }
    }

    @Test
    void theAtomFeedHasWhatRfc4287Requires() throws Exception {
        publicCase("hotline-feed-4", "Jo Hyang-mi");
        Document feed = parse(given().get("/feeds/alerts.atom").then().statusCode(200).extract().asString());
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(FeedDocuments.ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author", "link")) {
            assertThat(child(root, FeedDocuments.ATOM, required)).as(required).isNotNull();
        }
        assertThat(child(child(root, FeedDocuments.ATOM, "author"), FeedDocuments.ATOM, "name").getTextContent())
                .isNotBlank();
        List<Element> entries = children(root, FeedDocuments.ATOM, "entry");
        assertThat(entries).isNotEmpty();
        for (Element entry : entries) {
            assertThat(child(entry, FeedDocuments.ATOM, "id").getTextContent()).startsWith("urn:uuid:");
            assertThat(child(entry, FeedDocuments.ATOM, "title").getTextContent()).isNotBlank();
            assertThat(child(entry, FeedDocuments.ATOM, "updated").getTextContent())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        }
    }

    @Test
    void eachCapAlertHasWhatCap12Requires() throws Exception {
        publicCase("hotline-feed-5", "Chae Ok-sun");
        Document feed = parse(given().get("/feeds/alerts.cap").then().statusCode(200).extract().asString());
        List<Element> entries = children(feed.getDocumentElement(), FeedDocuments.ATOM, "entry");
        assertThat(entries).isNotEmpty();
        for (Element entry : entries) {
            Element content = child(entry, FeedDocuments.ATOM, "content");
            assertThat(content.getAttribute("type")).isEqualTo("application/cap+xml");
            Element alert = child(content, FeedDocuments.CAP, "alert");
            assertThat(alert).as("a CAP 1.2 alert in the entry").isNotNull();
            for (String required : List.of("identifier", "sender", "sent", "status", "msgType", "scope")) {
                assertThat(child(alert, FeedDocuments.CAP, required).getTextContent()).as(required).isNotBlank();
            }
            assertThat(child(alert, FeedDocuments.CAP, "sent").getTextContent())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d");
            assertThat(child(alert, FeedDocuments.CAP, "status").getTextContent()).isIn("Actual", "Exercise", "System",
                    "Test", "Draft");
            assertThat(child(alert, FeedDocuments.CAP, "msgType").getTextContent()).isIn("Alert", "Update", "Cancel",
                    "Ack", "Error");
            assertThat(child(alert, FeedDocuments.CAP, "scope").getTextContent()).isIn("Public", "Restricted",
                    "Private");
            Element info = child(alert, FeedDocuments.CAP, "info");
            assertThat(child(info, FeedDocuments.CAP, "category").getTextContent()).isIn("Geo", "Met", "Safety",
                    "Security", "Rescue", "Fire", "Health", "Env", "Transport", "Infra", "CBRNE", "Other");
            assertThat(child(info, FeedDocuments.CAP, "event").getTextContent()).isNotBlank();
            assertThat(child(info, FeedDocuments.CAP, "urgency").getTextContent()).isIn("Immediate", "Expected",
                    "Future", "Past", "Unknown");
            assertThat(child(info, FeedDocuments.CAP, "severity").getTextContent()).isIn("Extreme", "Severe",
                    "Moderate", "Minor", "Unknown");
            assertThat(child(info, FeedDocuments.CAP, "certainty").getTextContent()).isIn("Observed", "Likely",
                    "Possible", "Unlikely", "Unknown");
        }
        Set<String> identifiers = Set.copyOf(entries.stream().map(entry -> child(
                child(child(entry, FeedDocuments.ATOM, "content"), FeedDocuments.CAP, "alert"), FeedDocuments.CAP,
                "identifier").getTextContent()).toList());
        assertThat(identifiers).hasSize(entries.size());
    }

    private void publicCase(String hotline, String name) {
        CaseApi.submit(events.report(hotline).person(ReportEvents.Person.named(name, Sex.FEMALE, 1980))
                .at(DetentionStage.ARRESTED, TODAY, null, "Yanji", "Jilin").consent(PUBLIC).build());
    }

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element entry(Document feed, String pseudonym) {
        return children(feed.getDocumentElement(), FeedDocuments.ATOM, "entry").stream()
                .filter(entry -> child(entry, FeedDocuments.ATOM, "id").getTextContent().equals("urn:uuid:" + pseudonym))
                .findFirst().orElse(null);
    }

    private static Element child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
