package org.casealert.devstack.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.casealert.devstack.mail.MailServer;
import org.casealert.devstack.mail.ReceivedMail;
import org.casealert.devstack.tracing.SpanLog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * What a developer reads of what the system sent, on one small HTTP server:
 * <ul>
 * <li>{@code GET /messages}: every mail the SMTP server received, as JSON (also written to
 * {@code
 *
<dir>
 * /mail/NNNN.eml}); {@code GET /messages/NNNN}: one message as received;</li>
 * <li>{@code POST /webhooks/...}: a webhook receiver that answers 204 to anything; {@code GET /webhooks}:
 * what it received, with the Standard Webhooks headers (also written to {@code
 *
<dir>
 * /webhooks/NNNN.json}).</li>
 * </ul>
 */
public final class DevInbox implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MailServer mail;
    private final Path mailDirectory;
    private final Path webhookDirectory;
    private final HttpServer http;
    private final BiFunction<String, String, String> control;
    private final List<Map<String, Object>> mails = new ArrayList<>();
    private final List<Map<String, Object>> webhooks = new ArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dev-inbox-mail");
        thread.setDaemon(true);
        return thread;
    });
    private int archived;

    private DevInbox(MailServer mail, Path directory, HttpServer http, BiFunction<String, String, String> control) {
        this.mail = mail;
        this.control = control;
        this.mailDirectory = directory.resolve("mail");
        this.webhookDirectory = directory.resolve("webhooks");
        this.http = http;
    }

    /** @param control runs {@code POST /control/NAME/ACTION}: stop, start, kill or restart a part of the stack */
    public static DevInbox start(MailServer mail, Path directory, int port, BiFunction<String, String, String> control)
            throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        http.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "dev-inbox-http");
            thread.setDaemon(true);
            return thread;
        }));
        DevInbox inbox = new DevInbox(mail, directory, http, control);
        Files.createDirectories(inbox.mailDirectory);
        Files.createDirectories(inbox.webhookDirectory);
        http.createContext("/messages", inbox::serveMail);
        http.createContext("/webhooks", inbox::serveWebhooks);
        http.createContext("/control", inbox::serveControl);
        SpanLog.on(http, directory.resolve("traces.jsonl"));
        http.start();
        inbox.poller.scheduleWithFixedDelay(inbox::archiveMail, 0, 300, TimeUnit.MILLISECONDS);
        return inbox;
    }

    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private synchronized void archiveMail() {
        List<ReceivedMail> received = mail.received();
        try {
            for (; archived < received.size(); archived++) {
                ReceivedMail message = received.get(archived);
                String id = String.format("%04d", count(mailDirectory, ".eml") + 1);
                Files.writeString(mailDirectory.resolve(id + ".eml"), message.raw());
                mails.add(Map.of("id", id, "from", message.from(), "to", message.to(), "subject",
                        String.valueOf(message.subject())));
            }
        } catch (IOException e) {
            System.err.println("dev inbox: " + e.getMessage());
        }
    }

    private void serveMail(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/messages") || path.equals("/messages/")) {
            synchronized (this) {
                answer(exchange, 200, "application/json", JSON.writeValueAsBytes(mails));
            }
            return;
        }
        Path file = mailDirectory.resolve(path.substring("/messages/".length()).replaceAll("[^0-9]", "") + ".eml");
        if (Files.isRegularFile(file)) {
            answer(exchange, 200, "message/rfc822", Files.readAllBytes(file));
        } else {
            answer(exchange, 404, "text/plain", "no such message\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void serveWebhooks(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("POST")) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, Object> received = new LinkedHashMap<>();
            received.put("receivedAt", Instant.now().toString());
            received.put("path", exchange.getRequestURI().getPath());
            for (String header : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
                received.put(header, exchange.getRequestHeaders().getFirst(header));
            }
            received.put("body", body);
            synchronized (this) {
                webhooks.add(received);
                Files.write(webhookDirectory.resolve(String.format("%04d.json", count(webhookDirectory, ".json") + 1)),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(received));
            }
            answer(exchange, 204, null, new byte[0]);
            return;
        }
        synchronized (this) {
            answer(exchange, 200, "application/json", JSON.writeValueAsBytes(webhooks));
        }
    }

    private void serveControl(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/");
        if (!exchange.getRequestMethod().equals("POST") || parts.length != 4) {
            answer(exchange, 405, "text/plain", "POST /control/NAME/ACTION\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            answer(exchange, 200, "text/plain", (control.apply(parts[2], parts[3]) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            answer(exchange, 400, "text/plain", (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static long count(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(suffix)).count();
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        http.stop(0);
        ((ExecutorService) http.getExecutor()).shutdownNow();
    }
}
