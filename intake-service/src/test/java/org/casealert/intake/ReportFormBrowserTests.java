package org.casealert.intake;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.casealert.devstack.testing.BrowserTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Hotline staff file a report with the web form, in Debian's Chromium (headless). */
@QuarkusTest
class ReportFormBrowserTests extends BrowserTest {

    @TestHTTPResource("/report/")
    String formUrl;

    @Test
    void aReportFiledInTheFormIsStoredAsTyped() {
        Hotlines.Hotline hotline = Hotlines.create("Form hotline");
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        browser.get(formUrl);
        assertThat(browser.getTitle()).contains("Report a detention", "구금 신고");

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
