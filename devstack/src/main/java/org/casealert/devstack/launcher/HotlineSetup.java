package org.casealert.devstack.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Makes sure the dev hotlines exist in the intake service and gives each a fresh API key, through the
 * operator API (keys are shown once and stored only as hashes, so every run issues new ones).
 */
public final class HotlineSetup {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Hotline(String id, String name, String apiKey) {
    }

    private HotlineSetup() {
    }

    public static List<Hotline> ensure(HttpClient http, String intakeUrl, String operatorToken, List<String> names) {
        JsonNode existing = call(http, operatorToken, HttpRequest.newBuilder(URI.create(intakeUrl + "/api/v1/hotlines"))
                .GET());
        List<Hotline> hotlines = new ArrayList<>();
        for (String name : names) {
            String id = null;
            for (JsonNode hotline : existing) {
                if (name.equals(hotline.path("name").asText())) {
                    id = hotline.path("id").asText();
                }
            }
            if (id == null) {
                id = call(http, operatorToken, post(intakeUrl + "/api/v1/hotlines", Map.of("name", name)))
                        .path("id").asText();
            }
            String key = call(http, operatorToken,
                    post(intakeUrl + "/api/v1/hotlines/" + id + "/keys", Map.of("label", "devstack")))
                    .path("key").asText();
            hotlines.add(new Hotline(id, name, key));
        }
        return hotlines;
    }

    private static HttpRequest.Builder post(String url, Map<String, String> body) {
        try {
            return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode call(HttpClient http, String token, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the intake service did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
