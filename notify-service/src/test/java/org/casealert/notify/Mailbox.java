package org.casealert.notify;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.testing.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The test SMTP server seen from one address: every test uses addresses of its own. */
final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>]+");

    private Mailbox() {
    }

    static String newAddress(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Mail to {@code address} whose subject or body mentions {@code mentioning}. */
    static List<ReceivedMail> to(String address, String mentioning) {
        return TestMail.received().stream().filter(mail -> mail.to().contains(address))
                .filter(mail -> mail.subject().contains(mentioning) || mail.body().contains(mentioning)).toList();
    }

    static List<ReceivedMail> to(String address) {
        return TestMail.received().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    /** Waits for the first mail to {@code address} mentioning {@code mentioning}. */
    static ReceivedMail awaitMail(String address, String mentioning) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !to(address, mentioning).isEmpty());
        return to(address, mentioning).get(0);
    }

    /** Waits for the mail, and then asserts it is the only one (deliveries that would duplicate it run in between). */
    static ReceivedMail awaitExactlyOne(String address, String mentioning) {
        ReceivedMail mail = awaitMail(address, mentioning);
        assertThat(to(address, mentioning)).as("mail to %s about %s", address, mentioning).hasSize(1);
        return mail;
    }

    /** The link in the mail's text that leads to {@code path}. */
    static String link(ReceivedMail mail, String path) {
        Matcher matcher = LINK.matcher(mail.body());
        while (matcher.find()) {
            if (matcher.group().contains(path)) {
                return matcher.group();
            }
        }
        throw new AssertionError("no link to " + path + " in: " + mail.body());
    }
}
