package org.casealert.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.inject.Inject;

import org.casealert.devstack.credentials.DevCredentials;
import org.casealert.devstack.testing.BrowserTest;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
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

/** Who has a case, on the board: shown as text, and taken or released from the case's detail. */
@QuarkusTest
class CaseOwnerBrowserTests extends BrowserTest {

    private static final String PROVINCE = "Qinghai";
    private static final String OWNER = "<script>document.title='owned'</script><img src=x id=owner-injected>";

    @TestHTTPResource("/board/")
    String boardUrl;

    @Inject
    ReportEvents events;

    @Test
    void theOwnerIsShownAsTextAndAnOperatorTakesTheCaseFromTheBoard() {
        String caseId = CaseApi.submit(events.report("hotline-owner")
                .person(ReportEvents.Person.named("Paek Sun-hwa", Sex.FEMALE, 1979))
                .at(DetentionStage.BORDER_FACILITY, LocalDate.now(ZoneOffset.UTC), null, "Xining", PROVINCE).build())
                .getString("id");
        String reference = CaseApi.get(caseId).getString("reference");
        given().auth().oauth2(DevCredentials.forThisJvm().token(OWNER, "advocate", Map.of()))
                .post("/api/v1/cases/" + caseId + "/acknowledge").then().statusCode(200);

        show(TestTokens.operator());
        WebElement row = rowOf(reference);
        assertThat(row.getText()).contains(OWNER + " since ");
        assertThat(browser.findElements(By.id("owner-injected"))).as("an owner's name is text, never HTML").isEmpty();
        assertThat(browser.getTitle()).isNotEqualTo("owned");

        row.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-owner"), "Acknowledged by " + OWNER));
        browser.findElement(By.id("release")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-owner"), "Nobody has acknowledged"));
        browser.findElement(By.id("acknowledge")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-owner"),
                "Acknowledged by operator@test"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-timeline"),
                "acknowledged by operator@test"));
        assertThat(CaseApi.get(caseId).getString("acknowledgedBy")).isEqualTo("operator@test");
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
