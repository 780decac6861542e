package org.casealert.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.casealert.devstack.testing.BrowserTest;
import org.casealert.devstack.testing.KeycloakLogin;
import org.casealert.devstack.testing.KeycloakResource;
import org.casealert.devstack.testing.TestKeycloak;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Advocates and operators sign in through Keycloak and follow cases on the board, in Debian's Chromium (headless). */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = @ResourceArg(name = "client", value = "alert"))
class CaseBoardBrowserTests extends BrowserTest {

    private static final String PROVINCE = "Jilin";
    private static final String NAME = "Kil Myong-suk";
    private static final String FACILITY = "<script>document.title='owned'</script><img src=x id=injected> 图们边防拘留所";

    @TestHTTPResource("/board/")
    String boardUrl;

    @Inject
    ReportEvents events;

    @Test
    void anAdvocateSeesTheBoardInKoreanWithTheCountdownAndTheCrossingsOnTheMap() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String border = CaseApi.submit(events.report("hotline-board")
                .person(ReportEvents.Person.named(NAME, Sex.FEMALE, 1990))
                .person(ReportEvents.Person.unnamed(Sex.FEMALE, 2012))
                .at(DetentionStage.BORDER_FACILITY, today.minusDays(5), FACILITY, "图们", PROVINCE).build())
                .getString("reference");
        String watch = CaseApi.submit(events.report("hotline-board")
                .person(ReportEvents.Person.named("Son Chol-u", Sex.MALE, 1975))
                .at(DetentionStage.UNKNOWN, null, null, null, "Gansu").build()).getString("reference");

        signIn("advocate");
        new Select(browser.findElement(By.id("lang"))).selectByValue("ko");
        WebElement card = cardOf(border);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("사건 현황판");
        assertThat(card.getAttribute("class")).contains("imminent");
        assertThat(card.getText()).contains("송환 임박", "변방 구류소", "투먼 – 온성", "2명", "미성년자 1명")
                .doesNotContain("BORDER_FACILITY", "TUMEN-ONSONG", "IMMINENT");
        String countdown = card.findElement(By.className("countdown")).getText();
        assertThat(countdown).matches("1일 \\d\\d:\\d\\d:\\d\\d 남음");
        waitUntil(() -> !card.findElement(By.className("countdown")).getText().equals(countdown));
        assertThat(card.getText()).as("free text is shown as text, never as HTML").contains("<script>", "图们边防拘留所");
        assertThat(browser.findElements(By.id("injected"))).isEmpty();
        assertThat(browser.getTitle()).isNotEqualTo("owned");
        List<String> order = browser.findElements(By.cssSelector("#cases .reference")).stream().map(WebElement::getText)
                .toList();
        assertThat(order).containsSubsequence(border, watch);

        Map<String, Integer> open = openAt("TUMEN-ONSONG");
        WebElement crossing = browser.findElement(By.cssSelector("#map-list li[data-corridor='TUMEN-ONSONG']"));
        assertThat(crossing.getText()).isEqualTo("투먼 – 온성: 사건 " + open.get("cases") + "건, " + open.get("people") + "명");
        assertThat(browser.findElement(By.cssSelector("#map svg g[data-corridor='TUMEN-ONSONG']")).getText())
                .contains("사건 " + open.get("cases") + "건");
        assertThat(browser.findElements(By.cssSelector("#map svg g.crossing"))).hasSize(9);
        assertThat(browser.findElements(By.cssSelector("script[src^='http'], link[href^='http'], img[src^='http']")))
                .as("nothing loaded from outside").isEmpty();
        screenshot("board-ko");

        browser.navigate().refresh();
        waitForText("message", "기준");
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the choice is kept").isEqualTo("사건 현황판");
        new Select(browser.findElement(By.id("lang"))).selectByValue("zh");
        assertThat(cardOf(border).getText()).contains("即将遣返", "边防拘留所", "图们 – 稳城");
        screenshot("board-zh");

        WebElement link = cardOf(border).findElement(By.className("reference"));
        link.sendKeys(Keys.ENTER);
        waitForText("detail-title", border);
        assertThat(browser.findElement(By.id("detail-timeline")).getText()).contains("报告", "级别");
        assertThat(browser.findElement(By.id("detail-reasons")).getText()).contains("边防拘留所");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(NAME);
        assertThat(browser.findElement(By.id("actions")).isDisplayed()).as("no operator actions for advocates").isFalse();
        screenshot("case-page-advocate");
    }

    @Test
    void anOperatorActsFromTheCasePageAndThePagesFit360Pixels() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String caseId = CaseApi.submit(events.report("hotline-board-ops")
                .person(ReportEvents.Person.named("Ri Kum-hui", Sex.FEMALE, 1988))
                .at(DetentionStage.LOCAL_CUSTODY, today.minusDays(2), "Yanji PSB detention house", "Yanji", PROVINCE)
                .build()).getString("id");
        String otherId = CaseApi.submit(events.report("hotline-board-ops-2")
                .person(ReportEvents.Person.named("Jo Yong-nam", Sex.MALE, 1970))
                .at(DetentionStage.ARRESTED, today.minusDays(1), null, "Yanji", PROVINCE).build()).getString("id");
        String reference = CaseApi.get(caseId).getString("reference");

        browser.manage().window().setSize(new Dimension(360, 780));
        signIn("operator");
        assertThat(horizontalOverflow()).as("the board fits 360 px").isLessThanOrEqualTo(0L);
        screenshot("board-360");
        cardOf(reference).findElement(By.className("reference")).click();
        waitForText("detail-title", reference);
        assertThat(browser.findElement(By.id("detail-people")).getText()).contains("Ri Kum-hui");
        assertThat(horizontalOverflow()).as("the case page fits 360 px").isLessThanOrEqualTo(0L);
        screenshot("case-page-360");

        new Select(browser.findElement(By.id("new-stage"))).selectByValue("BORDER_FACILITY");
        browser.findElement(By.id("new-note")).sendKeys("moved, says the family");
        browser.findElement(By.id("set-status")).click();
        waitForText("detail-title", "Handover imminent");
        waitForText("detail-timeline", "Local police custody → Border detention centre");

        new Select(browser.findElement(By.id("consent-given-by"))).selectByValue("FAMILY");
        new Select(browser.findElement(By.id("consent-appealsToUn"))).selectByValue("YES");
        new Select(browser.findElement(By.id("consent-publicAdvocacy"))).selectByValue("NO");
        browser.findElement(By.id("record-consent")).click();
        waitForText("consent-now", "Appeals to the UN granted (the family");
        assertThat(browser.findElement(By.id("consent-now")).getText()).contains("Public advocacy refused");

        browser.findElement(By.id("merge-other")).sendKeys(otherId);
        browser.findElement(By.id("merge")).click();
        waitForText("detail-timeline", "merged into this case");
        assertThat(CaseApi.get(otherId).getString("mergedIntoId")).isEqualTo(caseId);
        assertThat(CaseApi.get(caseId).getInt("detaineeCount")).isEqualTo(2);
        screenshot("case-page-operator");
    }

    @Test
    void theBoardSignsInThroughTheIdentityProviderAndARoleThatMayNotSeeItIsTold() {
        given().redirects().follow(false).get("/board/").then().statusCode(302)
                .header("Location", Matchers.startsWith(TestKeycloak.issuer() + "/protocol/openid-connect/auth"));
        given().get("/api/v1/cases").then().statusCode(401);

        browser.get(boardUrl);
        screenshot("keycloak-sign-in");
        KeycloakLogin.signIn(browser, "hotline");
        waitForText("message", "may not see");
        assertThat(browser.findElements(By.cssSelector("#cases li"))).isEmpty();
        List<Cookie> session = browser.manage().getCookies().stream()
                .filter(cookie -> cookie.getName().startsWith("q_session_web")).toList();
        assertThat(session).as("the session cookie (in chunks when the tokens are large)").isNotEmpty();
        assertThat(session).allSatisfy(cookie -> {
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.isSecure()).isTrue();
            assertThat(cookie.getSameSite()).isEqualTo("Lax");
        });
        RequestSpecification signedIn = given();
        session.forEach(cookie -> signedIn.cookie(cookie.getName(), cookie.getValue()));
        signedIn.get("/board/").then().statusCode(200)
                .header("Content-Security-Policy", Matchers.containsString("script-src 'self'"));
        signedIn.get("/api/v1/me").then().statusCode(200).body("name", Matchers.equalTo("hotline"))
                .body("roles", Matchers.contains("hotline"));
        given().auth().oauth2(TestTokens.advocate()).get("/api/v1/me").then().statusCode(200)
                .body("roles", Matchers.contains("advocate"));

        browser.findElement(By.id("sign-out")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.manage().getCookies()).as("signed out")
                .noneMatch(cookie -> cookie.getName().startsWith("q_session"));
    }

    /** Signs {@code username} in through Keycloak's page and waits for the board. */
    private void signIn(String username) {
        browser.get(boardUrl);
        KeycloakLogin.signIn(browser, username);
        waitForText("signed-in", username);
        waitForText("message", "cases, as of");
    }

    /** The open cases and people at a crossing, as the API counts them. */
    private Map<String, Integer> openAt(String corridor) {
        List<Integer> people = given().auth().oauth2(TestTokens.advocate()).queryParam("status", "OPEN")
                .queryParam("corridor", corridor).queryParam("limit", 500).get("/api/v1/cases").then().statusCode(200)
                .extract().jsonPath().getList("items.detaineeCount", Integer.class);
        return Map.of("cases", people.size(), "people", people.stream().mapToInt(Integer::intValue).sum());
    }

    private long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> condition.getAsBoolean());
    }

    private WebElement cardOf(String reference) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver
                .findElements(By.xpath("//ol[@id='cases']/li[.//a[@class='reference' and text()='" + reference + "']]"))
                .isEmpty());
        return browser.findElement(By.xpath("//ol[@id='cases']/li[.//a[@class='reference' and text()='" + reference + "']]"));
    }
}
