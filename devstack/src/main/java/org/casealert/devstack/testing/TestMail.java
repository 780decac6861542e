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
        Supplier<List<String>> raw = (Supplier<List<String>>) server().get("raw");
        List<String> messages = withLoaderOf(raw, raw::get);
        return messages.stream().map(ReceivedMail::parse).toList();
    }

    public static void clear() {
        run("clear");
    }

    /** The server goes away (connections are refused) until {@link #start()}. */
    public static void stop() {
        run("stop");
    }

    public static void start() {
        run("start");
    }

    /**
     * Runs an action of the server with the class loader that started it as context loader: after a test
     * profile restarted Quarkus, the current one is another, and Jakarta Mail's service lookup fails in it.
     */
    private static void run(String action) {
        Runnable runnable = (Runnable) server().get(action);
        withLoaderOf(runnable, () -> {
            runnable.run();
            return null;
        });
    }

    private static <T> T withLoaderOf(Object action, Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader current = thread.getContextClassLoader();
        thread.setContextClassLoader(action.getClass().getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(current);
        }
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
