package org.casealert.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import org.casealert.devstack.testing.BrowserTest;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Advocates and operators follow cases on the board, in Debian's Chromium (headless). */
@QuarkusTest
class CaseBoardBrowserTests extends BrowserTest {

    private static final String PROVINCE = "Gansu";
    private static final String NAME = "Kil Myong-suk";
    private static final String FACILITY = "<img src=x id=injected> Lanzhou detention house";

    @TestHTTPResource("/board/")
    String boardUrl;

    @Inject
    ReportEvents events;

    @Test
    void advocatesSeeTheCasesAndWhyButNoNamesOperatorsAlsoThePeople() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String border = CaseApi.submit(events.report("hotline-board").person(ReportEvents.Person.named(NAME, Sex.FEMALE, 1990))
                .at(DetentionStage.BORDER_FACILITY, today.minusDays(5), FACILITY, "Lanzhou", PROVINCE).build())
                .getString("reference");
        String watch = CaseApi.submit(events.report("hotline-board")
                .person(ReportEvents.Person.named("Son Chol-u", Sex.MALE, 1975))
                .at(DetentionStage.UNKNOWN, null, null, null, PROVINCE).build()).getString("reference");

        show(TestTokens.advocate());
        WebElement row = rowOf(border);
        assertThat(row.getAttribute("class")).isEqualTo("imminent");
        assertThat(row.getText()).contains("IMMINENT", "BORDER_FACILITY", today.plusDays(2) + " (in 2 days)",
                FACILITY + ", " + PROVINCE);
        assertThat(browser.findElements(By.id("injected"))).as("free text is shown as text, never as HTML").isEmpty();
        assertThat(rowOf(watch).getAttribute("class")).isEqualTo("watch");
        List<String> order = browser.findElements(By.cssSelector("#cases tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(order).containsSubsequence(watch, border);

        row.click();
        WebElement detail = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        assertThat(detail.getText()).contains(border, "report received", "case opened at level IMMINENT");
        assertThat(browser.findElement(By.id("detail-reasons")).getText()).contains("border");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(NAME);

        show(TestTokens.operator());
        rowOf(border).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-people"), NAME));
    }

    @Test
    void aTokenOfTheWrongRoleIsSaidAndTheFiltersAreTheApis() {
        browser.get(boardUrl);
        browser.findElement(By.id("token")).sendKeys(TestTokens.hotline("hotline-board"));
        browser.findElement(By.id("show")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "not accepted"));
        assertThat(browser.findElements(By.cssSelector("#cases tbody tr"))).isEmpty();

        given().get("/board/").then().statusCode(200).header("Content-Security-Policy",
                Matchers.containsString("script-src 'self'"));
    }

    private void show(String token) {
        browser.get(boardUrl);
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.id("province")).sendKeys(PROVINCE);
        new Select(browser.findElement(By.id("status"))).selectByValue("OPEN");
        browser.findElement(By.id("show")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "cases, as of"));
    }

    private WebElement rowOf(String reference) {
        return browser.findElements(By.cssSelector("#cases tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("td")).getText().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " is not on the board"));
    }
}
