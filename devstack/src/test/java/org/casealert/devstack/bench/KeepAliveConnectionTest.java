package org.casealert.devstack.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeepAliveConnectionTest {

    private HttpServer server;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fixed", exchange -> answer(exchange, false));
        server.createContext("/chunked", exchange -> answer(exchange, true));
        server.createContext("/closing", exchange -> {
            exchange.getResponseHeaders().set("Connection", "close");
            answer(exchange, false);
        });
        server.start();
    }

    private void answer(HttpExchange exchange, boolean chunked) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        try (InputStream in = exchange.getRequestBody()) {
            bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8) + " " + exchange.getRequestHeaders()
                    .getFirst("X-Api-Key"));
        }
        byte[] answer = "{\"id\": \"r-1\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(202, chunked ? 0 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI endpoint(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void requestsShareOneConnectionWithLengthOrChunkedAnswers() throws IOException {
        try (KeepAliveConnection fixed = new KeepAliveConnection(endpoint("/fixed"));
                KeepAliveConnection chunked = new KeepAliveConnection(endpoint("/chunked"))) {
            for (int i = 0; i < 3; i++) {
                KeepAliveConnection.Answer answer = fixed.post("X-Api-Key: k" + i + "\r\n",
                        ("{\"n\": " + i + "}").getBytes(StandardCharsets.UTF_8));
                assertEquals(202, answer.status());
                assertEquals("{\"id\": \"r-1\"}", answer.body());
                assertEquals("{\"id\": \"r-1\"}", chunked.post("", "{}".getBytes(StandardCharsets.UTF_8)).body());
            }
        }
        assertEquals(2, clientPorts.size(), "one connection per client");
        assertEquals("{\"n\": 2} k2", bodies.get(4));
    }

    @Test
    void aConnectionTheServerClosesIsOpenedAgainForTheNextRequest() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(endpoint("/closing"))) {
            assertEquals(202, connection.post("", "{}".getBytes(StandardCharsets.UTF_8)).status());
            assertEquals(202, connection.post("", "{}".getBytes(StandardCharsets.UTF_8)).status());
        }
        assertEquals(2, clientPorts.size(), "a new connection after the server's Connection: close");
    }
}
