package org.casealert.devstack.testing;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.casealert.devstack.mail.MailServer;
import org.casealert.devstack.mail.ReceivedMail;

/** The test JVM's SMTP server (GreenMail), started at first use. */
public final class TestMail {

    private static final String KEY = "casealert.devstack.test-mail";

    private TestMail() {
    }

    public static int port() {
        return (Integer) server().get("port");
    }

    /** Every message received so far, one per recipient, oldest first. */
    @SuppressWarnings("unchecked")
    public static List<ReceivedMail> received() {
        return ((Supplier<List<String>>) server().get("raw")).get().stream().map(ReceivedMail::parse).toList();
    }

    public static void clear() {
        ((Runnable) server().get("clear")).run();
    }

    /** The server goes away (connections are refused) until {@link #start()}. */
    public static void stop() {
        ((Runnable) server().get("stop")).run();
    }

    public static void start() {
        ((Runnable) server().get("start")).run();
    }

    private static Map<String, Object> server() {
        return JvmWide.computeIfAbsent(KEY, () -> {
            MailServer mail = MailServer.start(0);
            JvmWide.onExit("mail", mail::close);
            Supplier<List<String>> raw = () -> mail.received().stream().map(ReceivedMail::raw).toList();
            return Map.of("port", mail.port(), "raw", raw, "clear", (Runnable) mail::clear, "stop", (Runnable) mail::stop,
                    "start", (Runnable) mail::start);
        });
    }
}
