package org.casealert.devstack.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * What the developer reads of the devstack's mail: every received message is written to
 * {@code
 * <dir>
 * /NNNN.eml}, and {@code http://127.0.0.1:<port>/messages} lists them as JSON
 * ({@code /messages/NNNN} returns one message as it was received).
 */
public final class MailArchive implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MailServer server;
    private final Path directory;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-archive");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpServer http;
    private final List<Map<String, Object>> entries = new ArrayList<>();
    private int archived;

    private MailArchive(MailServer server, Path directory, HttpServer http) {
        this.server = server;
        this.directory = directory;
        this.http = http;
    }

    public static MailArchive start(MailServer server, Path directory, int httpPort) throws IOException {
        Files.createDirectories(directory);
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
        MailArchive archive = new MailArchive(server, directory, http);
        http.createContext("/messages", archive::serve);
        http.start();
        archive.poller.scheduleWithFixedDelay(archive::archiveNew, 0, 300, TimeUnit.MILLISECONDS);
        return archive;
    }

    public int httpPort() {
        return http.getAddress().getPort();
    }

    private synchronized void archiveNew() {
        List<ReceivedMail> received = server.received();
        try {
            for (; archived < received.size(); archived++) {
                ReceivedMail mail = received.get(archived);
                String id = String.format("%04d", nextNumber());
                Files.writeString(directory.resolve(id + ".eml"), mail.raw());
                entries.add(Map.of("id", id, "from", mail.from(), "to", mail.to(), "subject",
                        String.valueOf(mail.subject())));
            }
        } catch (IOException e) {
            System.err.println("mail archive: " + e.getMessage());
        }
    }

    private int nextNumber() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return (int) files.filter(file -> file.toString().endsWith(".eml")).count() + 1;
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body;
        String type;
        int status = 200;
        if (path.equals("/messages") || path.equals("/messages/")) {
            synchronized (this) {
                body = JSON.writeValueAsBytes(entries);
            }
            type = "application/json";
        } else {
            Path file = directory.resolve(path.substring("/messages/".length()).replaceAll("[^0-9]", "") + ".eml");
            if (Files.isRegularFile(file)) {
                body = Files.readAllBytes(file);
                type = "message/rfc822";
            } else {
                body = "no such message\n".getBytes(StandardCharsets.UTF_8);
                type = "text/plain";
                status = 404;
            }
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        http.stop(0);
    }
}
