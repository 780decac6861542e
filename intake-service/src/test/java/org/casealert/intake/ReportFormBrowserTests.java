package org.casealert.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.casealert.devstack.testing.BrowserTest;
import org.casealert.devstack.testing.KeycloakLogin;
import org.casealert.devstack.testing.KeycloakResource;
import org.casealert.devstack.testing.TestKeycloak;
import org.casealert.devstack.testing.TestTopics;
import org.casealert.events.AlertKind;
import org.casealert.events.CaseAlert;
import org.casealert.events.CaseStatus;
import org.casealert.events.CaseSummary;
import org.casealert.events.Confidence;
import org.casealert.events.Consent;
import org.casealert.events.DetentionStage;
import org.casealert.events.EventCodec;
import org.casealert.events.Level;
import org.casealert.events.Topics;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Hotline staff file a report with the web form, in Debian's Chromium (headless). */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = @ResourceArg(name = "client", value = "intake"))
class ReportFormBrowserTests extends BrowserTest {

    @TestHTTPResource("/report/")
    String formUrl;

    @Test
    void aReportFiledInTheFormIsStoredAsTyped() {
        Hotlines.Hotline hotline = Hotlines.create("Form hotline");
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        browser.get(formUrl);
        assertThat(browser.getTitle()).as("the browser's language").contains("Report a detention");

        type("credential", hotline.key());
        browser.findElement(By.name("externalRef")).sendKeys("FORM-0001");
        new Select(browser.findElement(By.name("source.kind"))).selectByValue("BROKER");
        WebElement first = person(0);
        first.findElement(By.cssSelector("[data-name=name]")).sendKeys("Pak Sun-hui");
        first.findElement(By.cssSelector("[data-name=nameHangul]")).sendKeys("박순희");
        first.findElement(By.cssSelector("[data-name=aliases]")).sendKeys("Sun-hui, Suni");
        new Select(first.findElement(By.cssSelector("[data-name=sex]"))).selectByValue("FEMALE");
        first.findElement(By.cssSelector("[data-name=birthYear]")).sendKeys("1994");
        first.findElement(By.cssSelector("[data-name=hometown]")).sendKeys("Hoeryong");
        first.findElement(By.cssSelector("[data-name=pregnant]")).click();
        browser.findElement(By.id("add-person")).click();
        WebElement second = person(1);
        second.findElement(By.cssSelector("[data-name=unnamed]")).click();
        new Select(second.findElement(By.cssSelector("[data-name=sex]"))).selectByValue("FEMALE");
        new Select(browser.findElement(By.name("detention.stage"))).selectByValue("BORDER_FACILITY");
        setValue(browser.findElement(By.name("detention.since")), since.toString());
        browser.findElement(By.name("detention.facility")).sendKeys("Tumen Border Detention Center");
        browser.findElement(By.name("detention.province")).sendKeys("Jilin");
        browser.findElement(By.cssSelector("input[name=riskFactors][value=RELIGIOUS_CONTACT]")).click();
        browser.findElement(By.name("consent.appealsToUn")).click();
        browser.findElement(By.name("narrative")).sendKeys("Her sister called from Seoul.");

        String id = send("Received");

        JsonPath stored = given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + id).then()
                .statusCode(200).extract().jsonPath();
        assertThat(stored.getString("externalRef")).isEqualTo("FORM-0001");
        assertThat(stored.getString("source.kind")).isEqualTo("BROKER");
        assertThat(stored.getString("detainees[0].name")).isEqualTo("Pak Sun-hui");
        assertThat(stored.getString("detainees[0].nameHangul")).isEqualTo("박순희");
        assertThat(stored.getList("detainees[0].aliases", String.class)).containsExactly("Sun-hui", "Suni");
        assertThat(stored.getInt("detainees[0].birthYear")).isEqualTo(1994);
        assertThat(stored.getBoolean("detainees[0].pregnant")).isTrue();
        assertThat(stored.getBoolean("detainees[1].unnamed")).isTrue();
        assertThat(stored.getString("detention.stage")).isEqualTo("BORDER_FACILITY");
        assertThat(stored.getString("detention.since")).isEqualTo(since.toString());
        assertThat(stored.getList("riskFactors", String.class)).containsExactly("RELIGIOUS_CONTACT");
        assertThat(stored.getBoolean("consent.appealsToUn")).isTrue();
        assertThat(stored.getString("narrative")).isEqualTo("Her sister called from Seoul.");
        assertThat(browser.findElements(By.cssSelector("#people > fieldset"))).as("a fresh form for the next call")
                .hasSize(1);
        assertThat(browser.findElement(By.name("narrative")).getAttribute("value")).isEmpty();
    }

    @Test
    void hotlineStaffSignInThroughTheIdentityProviderAndFileUnderTheirHotline() {
        Hotlines.Hotline hotline = Hotlines.create("Signed-in hotline");
        TestKeycloak.assignHotline("hotline", hotline.id());
        browser.get(formUrl);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in"))).click();
        KeycloakLogin.signIn(browser, "hotline");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in"), "hotline"));
        assertThat(browser.getCurrentUrl()).isEqualTo(formUrl);
        assertThat(browser.findElement(By.id("credential-field")).isDisplayed()).as("no key needed").isFalse();
        person(0).findElement(By.cssSelector("[data-name=name]")).sendKeys("Han Mi-ok");
        browser.findElement(By.name("detention.province")).sendKeys("Jilin");

        String id = send("Received");
        screenshot("report-form-signed-in");

        given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("detainees[0].name", Matchers.equalTo("Han Mi-ok"));
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        assertThat(browser.findElement(By.id("credential-field")).isDisplayed()).isTrue();
    }

    @Test
    void aReportOfTwoPeopleIsFiledInChineseAndTheHotlineSeesTheCaseItBecame() {
        Hotlines.Hotline hotline = Hotlines.create("Chinese form hotline");
        Hotlines.Hotline other = Hotlines.create("Another hotline");
        browser.get(formUrl);
        new Select(browser.findElement(By.id("lang"))).selectByValue("zh");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("羁押报告");
        assertThat(browser.findElement(By.id("send")).getText()).isEqualTo("发送报告");
        type("credential", hotline.key());
        person(0).findElement(By.cssSelector("[data-name=name]")).sendKeys("Choe Un-sil");
        new Select(person(0).findElement(By.cssSelector("[data-name=sex]"))).selectByValue("FEMALE");
        browser.findElement(By.id("add-person")).click();
        assertThat(person(1).getText()).contains("人员 2", "姓名（罗马字）");
        person(1).findElement(By.cssSelector("[data-name=unnamed]")).click();
        person(1).findElement(By.cssSelector("[data-name=birthYear]")).sendKeys("2011");
        new Select(browser.findElement(By.name("detention.stage"))).selectByValue("BORDER_FACILITY");
        browser.findElement(By.name("detention.city")).sendKeys("图们");
        browser.findElement(By.name("detention.province")).sendKeys("吉林");
        browser.findElement(By.name("externalRef")).sendKeys("<script>document.title='owned'</script>");

        String id = send("已收到");
        assertThat(given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + id).then().statusCode(200)
                .extract().jsonPath().getList("detainees")).hasSize(2);
        WebElement mine = recentReport(id, "人");
        assertThat(mine.getText()).contains("2 人", "<script>").doesNotContain("Choe Un-sil");
        assertThat(browser.getTitle()).isNotEqualTo("owned");

        // the alert service announces the case the report became part of
        TestTopics.send(Topics.CASE_ALERTS, "case-zh", EventCodec.write(CaseAlert.of(UUID.randomUUID(), Instant.now(),
                AlertKind.RAISED, null, new CaseSummary("case-zh", "CA-2026-0777", Level.IMMINENT, CaseStatus.OPEN,
                        DetentionStage.BORDER_FACILITY, null, null, 2, 1, 1, "吉林", null, "TUMEN-ONSONG",
                        Confidence.SINGLE_SOURCE, List.of(), List.of(id), Instant.now(), null, false, null, false, null,
                        null, null),
                Consent.NONE, null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "CA-2026-0777".equals(given().header("X-Api-Key", hotline.key())
                .get("/api/v1/reports").then().statusCode(200).extract().jsonPath().getString("items[0].caseReference")));
        browser.navigate().refresh();
        type("credential", hotline.key());
        browser.findElement(By.id("credential")).sendKeys(Keys.TAB);
        assertThat(recentReport(id, "CA-2026-0777").getText()).contains("CA-2026-0777 · 即将遣返");
        screenshot("report-form-zh");

        List<String> othersView = given().header("X-Api-Key", other.key()).get("/api/v1/reports").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(othersView).as("a hotline lists only its own reports").doesNotContain(id);
        assertThat(given().header("X-Api-Key", hotline.key()).get("/api/v1/reports").then().statusCode(200)
                .extract().jsonPath().getString("items[0].caseReference")).isEqualTo("CA-2026-0777");
    }

    @Test
    void theFormFits360PixelsInKorean() {
        browser.manage().window().setSize(new Dimension(360, 780));
        browser.get(formUrl);
        new Select(browser.findElement(By.id("lang"))).selectByValue("ko");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("구금 신고");
        Long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        screenshot("report-form-360-ko");
    }

    @Test
    void brokenRulesAreShownAtTheirFieldsAndAWrongKeyIsSaid() {
        Hotlines.Hotline hotline = Hotlines.create("Form errors hotline");
        browser.get(formUrl);
        type("credential", hotline.key());
        person(0).findElement(By.cssSelector("[data-name=name]")).sendKeys("Ri Yong-ho");
        person(0).findElement(By.cssSelector("[data-name=birthYear]")).sendKeys("1850");
        setValue(browser.findElement(By.name("detention.since")), LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());

        send("correct the marked fields");

        assertThat(errorFor("detainees[0].birthYear")).isNotBlank();
        assertThat(errorFor("detention.since")).isNotBlank();
        assertThat(person(0).findElement(By.cssSelector("[data-name=birthYear]")).getAttribute("aria-invalid"))
                .isEqualTo("true");

        person(0).findElement(By.cssSelector("[data-name=birthYear]")).clear();
        setValue(browser.findElement(By.name("detention.since")), "");
        browser.findElement(By.id("credential")).clear();
        type("credential", hotline.key() + "-wrong");
        send("not accepted");

        browser.findElement(By.id("credential")).clear();
        type("credential", hotline.key());
        String id = send("Received");
        given().header("X-Api-Key", hotline.key()).get("/api/v1/reports/" + id).then().statusCode(200);
    }

    @Test
    void thePageRunsOnlyItsOwnCodeAndIsNeitherCachedNorFramed() {
        String page = given().get("/report/").then().statusCode(200)
                .header("Content-Security-Policy", Matchers.containsString("script-src 'self'"))
                .header("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'"))
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").extract().asString();
        assertThat(page).doesNotContainPattern("<script>|<script [^>]*>[^<]").doesNotContain("http://", "https://", "onclick=");
        given().get("/report/form.js").then().statusCode(200).header("Content-Security-Policy",
                Matchers.containsString("default-src 'none'"));
    }

    /** Waits until the recent reports list the report with {@code text} in its line. */
    private WebElement recentReport(String id, String text) {
        By line = By.cssSelector("#recent-reports li[data-report-id='" + id + "']");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            List<WebElement> found = driver.findElements(line);
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
        return browser.findElement(line);
    }

    private WebElement person(int index) {
        return browser.findElements(By.cssSelector("#people > fieldset")).get(index);
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /** Date inputs take their value as the page's script would set it, whatever the browser's locale. */
    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    /** Sends the form and waits for the answer that contains {@code expected}; returns the report id, if any. */
    private String send(String expected) {
        browser.findElement(By.id("send")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), expected));
        return browser.findElement(By.id("status")).getAttribute("data-report-id");
    }

    private String errorFor(String field) {
        return browser.findElement(By.cssSelector("[data-error-for='" + field + "']")).getText();
    }
}
