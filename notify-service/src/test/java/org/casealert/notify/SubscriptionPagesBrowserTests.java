package org.casealert.notify;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casealert.notify.NotifyClient.awaitSettled;
import static org.casealert.notify.NotifyClient.deliveriesTo;
import static org.casealert.notify.NotifyClient.local;
import static org.casealert.notify.NotifyClient.subscriptionStatus;

/**
 * The pages behind the links in mails, in Debian's Chromium (headless): a Korean-speaking advocate confirms from
 * the confirmation mail and later unsubscribes from an alert mail with the page's button.
 */
@QuarkusTest
class SubscriptionPagesBrowserTests {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";

    @Inject
    AlertEvents alerts;
    NotifyClient client;
    Path home;
    ChromeDriverService service;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        client = new NotifyClient();
        // everything the browser writes stays under target/; the driver is Debian's, so Selenium Manager never runs
        home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .withEnvironment(Map.of("TMPDIR", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                        "XDG_CACHE_HOME", home.resolve("cache").toString()))
                .build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--user-data-dir=" + home.resolve("profile"), "--disk-cache-dir=" + home.resolve("cache"),
                "--crash-dumps-dir=" + home.resolve("crashes"));
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        client.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void anAdvocateConfirmsAndLaterUnsubscribesInTheBrowser() throws Exception {
        String province = AlertEvents.province();
        try (WebhookReceiver control = WebhookReceiver.start()) {
            String controlHook = client.webhook(control.url(), Level.WATCH, List.of(province)).id();
            String address = Mailbox.newAddress("browser");
            String id = client.signUp(address, Level.URGENT, List.of(province), "ko");

            ReceivedMail confirmation = Mailbox.awaitMail(address, "/confirm?token=");
            browser.get(local(Mailbox.link(confirmation, "/confirm?token=")));
            assertThat(browser.getTitle()).isEqualTo("case-alert 구독");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
            assertThat(browser.findElement(By.id("message")).getText()).isEqualTo("구독이 확인되었습니다. 조건에 맞는 경보를 받게 됩니다.");
            assertThat(subscriptionStatus(id)).isEqualTo("ACTIVE");

            String caseId = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true));
            ReceivedMail alert = Mailbox.awaitExactlyOne(address, AlertEvents.reference(caseId));
            browser.get(local(Mailbox.link(alert, "/unsubscribe?token=")));
            assertThat(browser.findElement(By.id("message")).getText())
                    .isEqualTo("이 주소로 case-alert 메일을 그만 받으시겠습니까?");
            assertThat(subscriptionStatus(id)).as("opening the page does not unsubscribe").isEqualTo("ACTIVE");

            browser.findElement(By.id("unsubscribe")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("message"),
                    "수신 거부되었습니다. 이 구독으로는 더 이상 경보가 발송되지 않습니다."));
            assertThat(browser.findElements(By.id("unsubscribe"))).isEmpty();
            assertThat(subscriptionStatus(id)).isEqualTo("UNSUBSCRIBED");

            String next = AlertEvents.newCaseId();
            AlertEvents.publish(alerts.alert(next, AlertKind.RAISED, Level.IMMINENT, province, true));
            awaitSettled(next, controlHook);
            assertThat(deliveriesTo(next, id)).isEmpty();
            assertThat(Mailbox.to(address, AlertEvents.reference(next))).isEmpty();
        }
    }
}
