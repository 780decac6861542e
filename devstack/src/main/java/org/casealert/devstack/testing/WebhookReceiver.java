package org.casealert.devstack.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for an advocate's webhook endpoint. It records every request with
 * when it arrived and when it was answered, and can be told what to answer (fail the first n requests),
 * how slowly, and how many requests it serves at once.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A request, the status sent back, when it arrived and was answered, and its W3C {@code traceparent}. */
    public record Received(String id, String timestamp, String signature, String body, int answered,
            Instant arrivedAt, Instant answeredAt, String traceparent) {

        public boolean accepted() {
            return answered / 100 == 2;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile IntUnaryOperator status = n -> 204;
    private volatile long delayMillis;

    private WebhookReceiver(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static WebhookReceiver start() throws IOException {
        return start(8);
    }

    /** @param concurrency requests served at once; 1 answers them one after the other */
    public static WebhookReceiver start(int concurrency) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService executor = Executors.newFixedThreadPool(concurrency);
        WebhookReceiver receiver = new WebhookReceiver(server, executor);
        server.createContext("/", receiver::handle);
        server.setExecutor(executor);
        server.start();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/case-alert";
    }

    /** Answers the n-th request (from 1) with {@code status.applyAsInt(n)}. */
    public void answer(IntUnaryOperator status) {
        this.status = status;
    }

    public void delay(long millis) {
        this.delayMillis = millis;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests answered with 2xx: the deliveries. */
    public List<Received> accepted() {
        return received.stream().filter(Received::accepted).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant arrivedAt = Instant.now();
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int n = requests.incrementAndGet();
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            int answer = status.applyAsInt(n);
            exchange.sendResponseHeaders(answer, -1);
            Map<String, List<String>> headers = exchange.getRequestHeaders();
            received.add(new Received(first(headers, "webhook-id"), first(headers, "webhook-timestamp"),
                    first(headers, "webhook-signature"), body, answer, arrivedAt, Instant.now(),
                    first(headers, "traceparent")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
