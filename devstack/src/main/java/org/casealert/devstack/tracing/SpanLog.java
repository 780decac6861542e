package org.casealert.devstack.tracing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The devstack's trace collector: takes the services' spans over OTLP/HTTP (protobuf, {@code POST /v1/traces}),
 * appends each as a JSON line to {@code traces.jsonl}, and lists the recent ones of a trace at
 * {@code GET /traces?traceId=...}. For a full trace viewer, point the services at a real collector instead
 * ({@code --otlp-endpoint}).
 */
public final class SpanLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KEPT = 50_000;

    private final Path file;
    private final Deque<OtlpSpans.ReceivedSpan> recent = new ArrayDeque<>();

    private SpanLog(Path file) {
        this.file = file;
    }

    /** Serves the collector and the listing on the given server. */
    public static SpanLog on(HttpServer http, Path file) {
        SpanLog log = new SpanLog(file);
        http.createContext("/v1/traces", log::receive);
        http.createContext("/traces", log::list);
        return log;
    }

    private void receive(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            answer(exchange, 405, "text/plain", "POST OTLP/HTTP protobuf here\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body;
        try (InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                ? new GZIPInputStream(exchange.getRequestBody())
                : exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        List<OtlpSpans.ReceivedSpan> spans;
        try {
            spans = OtlpSpans.read(body);
        } catch (RuntimeException e) {
            answer(exchange, 400, "text/plain", ("not an OTLP trace request: " + e.getMessage() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (OtlpSpans.ReceivedSpan span : spans) {
            lines.append(JSON.writeValueAsString(span)).append('\n');
        }
        synchronized (this) {
            spans.forEach(recent::addLast);
            while (recent.size() > KEPT) {
                recent.removeFirst();
            }
            Files.writeString(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        // an empty ExportTraceServiceResponse: everything accepted
        answer(exchange, 200, "application/x-protobuf", new byte[0]);
    }

    private void list(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String traceId = query != null && query.startsWith("traceId=") ? query.substring("traceId=".length()) : null;
        List<OtlpSpans.ReceivedSpan> spans;
        synchronized (this) {
            spans = recent.stream().filter(span -> traceId == null || traceId.equals(span.traceId())).toList();
        }
        answer(exchange, 200, "application/json", JSON.writeValueAsBytes(spans));
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
