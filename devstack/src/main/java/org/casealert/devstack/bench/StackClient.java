package org.casealert.devstack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.casealert.devstack.launcher.HotlineSetup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running devstack as the benchmark uses it outside the measured requests: the env file's URLs and
 * tokens, the services' APIs, their metrics and the launcher's control API.
 */
final class StackClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> env;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    StackClient(Map<String, String> env) {
        for (String key : List.of("INTAKE_URL", "ALERT_URL", "NOTIFY_URL", "KAFKA_BOOTSTRAP_SERVERS", "OPERATOR_TOKEN",
                "ADVOCATE_TOKEN", "CONTROL_URL", "INTAKE_DATABASE_URL", "NOTIFY_DATABASE_URL")) {
            if (!env.containsKey(key)) {
                throw new IllegalStateException("the env file has no " + key + "; start the devstack with its services");
            }
        }
        this.env = env;
    }

    String env(String key) {
        return env.get(key);
    }

    URI reportsEndpoint() {
        return URI.create(env.get("INTAKE_URL") + "/api/v1/reports");
    }

    /** A hotline of the benchmark's own, with a fresh API key. */
    HotlineSetup.Hotline newHotline(String name) {
        return HotlineSetup.ensure(http, env.get("INTAKE_URL"), env.get("OPERATOR_TOKEN"), List.of(name)).get(0);
    }

    /** Subscribes a webhook to every alert (level WATCH and above); returns the subscription's id. */
    String subscribeWebhook(String url) {
        String body = "{\"channel\": \"WEBHOOK\", \"url\": \"" + url + "\", \"minLevel\": \"WATCH\"}";
        return call("POST", env.get("NOTIFY_URL") + "/api/v1/subscriptions", env.get("ADVOCATE_TOKEN"), body)
                .path("id").asText();
    }

    void unsubscribe(String subscriptionId) {
        call("DELETE", env.get("NOTIFY_URL") + "/api/v1/subscriptions/" + subscriptionId, env.get("ADVOCATE_TOKEN"),
                null);
    }

    /** Open cases of a corridor, as advocates see them. */
    int openCases(String corridor) {
        int count = 0;
        String cursor = null;
        do {
            String url = env.get("ALERT_URL") + "/api/v1/cases?status=OPEN&limit=500&corridor="
                    + URLEncoder.encode(corridor, StandardCharsets.UTF_8)
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = call("GET", url, env.get("ADVOCATE_TOKEN"), null);
            for (JsonNode item : page.path("items")) {
                count += item.path("mergedIntoId").isMissingNode() || item.path("mergedIntoId").isNull() ? 1 : 0;
            }
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return count;
    }

    /** A service's Prometheus metrics ({@code /q/metrics}), each sample summed over its labels. */
    PrometheusSamples metrics(String service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(env.get(service.toUpperCase() + "_URL") + "/q/metrics"))
                .timeout(Duration.ofSeconds(30)).build();
        return PrometheusSamples.parse(send(request).body());
    }

    /** {@code POST CONTROL_URL/PART/ACTION}: stop or start a part of the stack; start waits until it is ready. */
    void control(String part, String action) {
        send(HttpRequest.newBuilder(URI.create(env.get("CONTROL_URL") + "/" + part + "/" + action))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(180)).build());
    }

    private JsonNode call(String method, String url, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(body));
        String answer = send(request.build()).body();
        try {
            return answer.isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer);
        } catch (IOException e) {
            throw new IllegalStateException(url + " answered something that is not JSON", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " did not answer; is the devstack running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
