package org.casealert.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.BrowserTest;
import org.casealert.devstack.testing.TestTokens;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casealert.notify.NotifyClient.awaitSettled;
import static org.casealert.notify.NotifyClient.baseUrl;
import static org.casealert.notify.NotifyClient.deliveriesTo;
import static org.casealert.notify.NotifyClient.local;
import static org.casealert.notify.NotifyClient.subscriptionStatus;

/**
 * The sign-up page as an advocate uses it, on a 360 px wide screen in Debian's Chromium (headless): the page in the
 * browser's language, switched to Korean; signing up by keyboard; confirming from the link in the mail the SMTP
 * server received; pausing the subscription, after which an alert is recorded SILENCED and not sent. Each page is
 * saved as a screenshot under {@code target/screenshots/}.
 */
@QuarkusTest
class SubscribePageBrowserTests extends BrowserTest {

    private static final int NARROW = 360;

    @Inject
    AlertEvents alerts;
    final NotifyClient client = new NotifyClient();

    @BeforeEach
    void narrowScreen() {
        browser.manage().window().setSize(new Dimension(NARROW, 800));
    }

    @AfterEach
    void endWhatTheTestMade() {
        client.close();
    }

    @Test
    void anAdvocateSignsUpConfirmsFromTheMailAndPausesTheSubscription() throws Exception {
        String province = AlertEvents.province();
        String address = Mailbox.newAddress("page");
        try (WebhookReceiver control = WebhookReceiver.start()) {
            String controlHook = client.webhook(control.url(), Level.WATCH, List.of(province)).id();

            browser.get(baseUrl() + "/subscribe/");
            assertThat(html().getAttribute("lang")).as("the browser asks for English").isEqualTo("en");
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Alerts on North Koreans detained in China");
            fitsTheScreen("subscribe-en");

            browser.findElement(By.linkText("한국어")).click();
            afterNavigation()
                    .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ko"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("중국에 구금된 북한 주민 경보");
            assertThat(browser.findElement(By.cssSelector("a[aria-current=page]")).getText()).isEqualTo("한국어");
            assertThat(new Select(browser.findElement(By.id("language"))).getFirstSelectedOption().getAttribute("value"))
                    .as("mail in the page's language unless chosen otherwise").isEqualTo("ko");

            browser.findElement(By.cssSelector("input[name=level][value=IMMINENT]")).sendKeys(Keys.SPACE);
            browser.findElement(By.cssSelector("input[name=province][value=Jilin]")).sendKeys(Keys.SPACE);
            browser.findElement(By.id("other-provinces")).sendKeys(province + ", <script>alert(1)</script>");
            fitsTheScreen("subscribe-ko-filled");
            WebElement email = browser.findElement(By.id("email"));
            email.sendKeys(address);
            email.sendKeys(Keys.ENTER);

            afterNavigation().until(ExpectedConditions.presenceOfElementLocated(
                    By.id("filters")));
            assertThat(browser.findElement(By.id("message")).getText()).contains(address, "메일함을 확인해 주십시오");
            assertThat(browser.findElement(By.id("filters")).getText())
                    .isEqualTo("임박 단계 이상의 경보, 지역: 지린, " + province + ", <script>alert(1)</script>.");
            assertThat(scriptsOnThePage()).as("<script> is shown as text, never run").isZero();
            fitsTheScreen("subscribe-sent");

            ReceivedMail confirmation = Mailbox.awaitExactlyOne(address, "/confirm?token=");
            assertThat(confirmation.body()).contains("임박 단계 이상", "<script>alert(1)</script>");
            String link = Mailbox.link(confirmation, "/confirm?token=");
            browser.get(local(link));
            assertThat(browser.getTitle()).isEqualTo("case-alert 구독");
            assertThat(browser.findElement(By.id("message")).getText()).isEqualTo("구독이 확인되었습니다. 조건에 맞는 경보를 받게 됩니다.");
            assertThat(browser.findElement(By.id("details")).getText()).contains("<script>alert(1)</script>");
            assertThat(scriptsOnThePage()).isZero();
            fitsTheScreen("subscribe-confirmed");
            String id = subscriptionOf(link);
            client.track(id);
            assertThat(subscriptionStatus(id)).isEqualTo("ACTIVE");

            LocalDate until = LocalDate.now(ZoneOffset.UTC).plusDays(14);
            WebElement date = browser.findElement(By.id("until"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, until.toString());
            browser.findElement(By.id("pause")).sendKeys(Keys.ENTER);
            afterNavigation().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("message"), until.toString()));
            assertThat(browser.findElement(By.id("message")).getText()).isEqualTo(until
                    + "(UTC)까지 경보가 일시 중지되었습니다. 그 전에 발생한 경보는 나중에도 발송되지 않습니다.");
            assertThat(browser.findElements(By.id("resume"))).hasSize(1);
            fitsTheScreen("subscribe-paused");
            assertThat(subscription(id).get("pausedUntil")).isEqualTo(until + "T00:00:00Z");

            String caseId = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.madePublic(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true)));
            awaitSettled(caseId, List.of(controlHook, id));
            Map<String, Object> silenced = deliveriesTo(caseId, id).get(0);
            assertThat(silenced).containsEntry("status", "SILENCED");
            assertThat((String) silenced.get("lastError")).contains("paused until " + until);
            assertThat(Mailbox.to(address, AlertEvents.reference(caseId))).as("paused: nothing sent").isEmpty();

            browser.findElement(By.id("resume")).click();
            afterNavigation().until(ExpectedConditions.textToBe(By.id("message"),
                    "경보 일시 중지가 해제되었습니다. 구독 조건에 맞는 다음 경보부터 받게 됩니다."));
            String next = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.madePublic(alerts.alert(next, AlertKind.RAISED, Level.IMMINENT, province, true)));
            Mailbox.awaitExactlyOne(address, AlertEvents.reference(next));
            assertThat(Mailbox.to(address, AlertEvents.reference(caseId))).as("a silenced alert is not sent later")
                    .isEmpty();
        }
    }

    @Test
    void aRefusedFormKeepsWhatWasEnteredAsTextAndTheDateMustBeAhead() {
        browser.get(baseUrl() + "/subscribe/?lang=zh");
        browser.findElement(By.id("other-provinces")).sendKeys("\"><script>alert(2)</script>");
        WebElement email = browser.findElement(By.id("email"));
        // the browser checks the address too: what a script-less client would send is checked here
        ((JavascriptExecutor) browser).executeScript("arguments[0].type = 'text'", email);
        email.sendKeys("not-an-address");
        email.sendKeys(Keys.ENTER);
        afterNavigation()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("请输入有效的电子邮件地址。");
        assertThat(browser.findElement(By.id("other-provinces")).getAttribute("value"))
                .isEqualTo("\"><script>alert(2)</script>");
        assertThat(scriptsOnThePage()).isZero();
        fitsTheScreen("subscribe-refused");
    }

    /** Waits on the page a form or link leads to; while the browser swaps the pages it may answer either way. */
    private WebDriverWait afterNavigation() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    private WebElement html() {
        return browser.findElement(By.tagName("html"));
    }

    private long scriptsOnThePage() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.scripts.length");
    }

    /** Nothing wider than the screen (no sideways scrolling), and a screenshot of the page. */
    private void fitsTheScreen(String name) {
        long width = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(width).as("%s scrolls sideways at %d px", name, NARROW).isLessThanOrEqualTo(NARROW);
        Path screenshot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(screenshot, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.delete(screenshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> subscription(String id) {
        return given().auth().oauth2(TestTokens.operator()).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("$");
    }

    /** The subscription a confirm link names: its token's payload is {@code CONFIRM:<id>:<expiry>}. */
    private static String subscriptionOf(String link) {
        String token = link.substring(link.indexOf("token=") + "token=".length());
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        return payload.split(":")[1];
    }
}
