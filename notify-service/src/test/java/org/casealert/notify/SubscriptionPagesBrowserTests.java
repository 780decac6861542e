package org.casealert.notify;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.BrowserTest;
import org.casealert.devstack.testing.WebhookReceiver;
import org.casealert.events.AlertKind;
import org.casealert.events.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
class SubscriptionPagesBrowserTests extends BrowserTest {

    @Inject
    AlertEvents alerts;
    final NotifyClient client = new NotifyClient();

    @AfterEach
    void endWhatTheTestMade() {
        client.close();
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
            AlertEvents.publish(alerts.madePublic(alerts.alert(caseId, AlertKind.RAISED, Level.IMMINENT, province, true)));
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
            AlertEvents.publish(alerts.madePublic(alerts.alert(next, AlertKind.RAISED, Level.IMMINENT, province, true)));
            awaitSettled(next, controlHook);
            assertThat(deliveriesTo(next, id)).isEmpty();
            assertThat(Mailbox.to(address, AlertEvents.reference(next))).isEmpty();
        }
    }
}
