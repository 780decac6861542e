package org.casealert.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.inject.Inject;

import org.casealert.devstack.credentials.DevCredentials;
import org.casealert.devstack.testing.BrowserTest;
import org.casealert.devstack.testing.KeycloakLogin;
import org.casealert.devstack.testing.KeycloakResource;
import org.casealert.events.DetentionStage;
import org.casealert.events.Sex;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Who has a case, on the board: shown as text, and taken or released from the case's detail. */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = @ResourceArg(name = "client", value = "alert"))
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

        show("operator");
        WebElement card = cardOf(reference);
        assertThat(card.getText()).contains(OWNER + " since ");
        assertThat(browser.findElements(By.id("owner-injected"))).as("an owner's name is text, never HTML").isEmpty();
        assertThat(browser.getTitle()).isNotEqualTo("owned");

        card.findElement(By.className("reference")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-owner"), "Acknowledged by " + OWNER));
        browser.findElement(By.id("release")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-owner"), "Nobody has acknowledged"));
        browser.findElement(By.id("acknowledge")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-owner"),
                "Acknowledged by operator"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-timeline"),
                "acknowledged by operator"));
        assertThat(CaseApi.get(caseId).getString("acknowledgedBy")).isEqualTo("operator");
    }

    /** Signs {@code username} in through Keycloak's page (signing the last one out first) and filters the board. */
    private void show(String username) {
        browser.get(boardUrl);
        if (!browser.findElements(By.id("sign-out")).isEmpty()) {
            browser.findElement(By.id("sign-out")).click();
        }
        KeycloakLogin.signIn(browser, username);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in"), username));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "cases, as of"));
        browser.findElement(By.id("province")).sendKeys(PROVINCE);
        new Select(browser.findElement(By.id("status"))).selectByValue("OPEN");
        browser.findElement(By.id("show")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "cases, as of"));
    }

    private WebElement cardOf(String reference) {
        return browser.findElement(
                By.xpath("//ol[@id='cases']/li[.//a[@class='reference' and text()='" + reference + "']]"));
    }
}
