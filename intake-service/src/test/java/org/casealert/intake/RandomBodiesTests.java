package org.casealert.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten thousand generated requests, from valid reports with random changes to bytes that are hardly
 * JSON: every answer is 2xx or 4xx. The generator is seeded, so a failure repeats; the seed is printed.
 */
@QuarkusTest
@TestProfile(RandomBodiesTests.NoRateLimit.class)
class RandomBodiesTests {

    public static class NoRateLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("intake.rate-limit.burst", "1000000", "intake.rate-limit.reports-per-minute", "1000000");
        }
    }

    private static final int REQUESTS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\u202Eevil", "😀👩‍👧",
            "\t\n\r", "'; drop table report; --", "<script>alert(1)</script>", "%s%n", "\\", "\"", "Ω".repeat(201),
            "x".repeat(10_001), "김".repeat(300), "null", "0", "-1", "1e309", "🏳️‍🌈".repeat(60), "\uFEFF", "\u0007");

    @Test
    void noBodyGetsAServerError() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("random bodies: seed " + seed);
        Random random = new Random(seed);
        Hotlines.Hotline hotline = Hotlines.create("Fuzz hotline");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/api/v1/reports");
        JsonNode valid = JSON.readTree(SampleReports.full());
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();

        for (int i = 0; i < REQUESTS; i++) {
            byte[] body = body(random, valid);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("X-Api-Key", hotline.key()).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            String contentType = contentType(random);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (random.nextInt(10) == 0) {
                request.header("Idempotency-Key", idempotencyKey(random));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 500 && serverErrors.size() < 5) {
                String shown = new String(body, StandardCharsets.UTF_8);
                serverErrors
                        .add(response.statusCode() + " for " + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown));
            }
        }
        System.out.println("random bodies: statuses " + statuses);
        assertThat(serverErrors).as("seed " + seed).isEmpty();
        assertThat(statuses.keySet()).allMatch(status -> status < 500);
        assertThat(statuses.get(202)).as("some bodies are valid").isGreaterThan(100);
        assertThat(statuses.get(422)).as("many break a rule").isGreaterThan(1_000);
    }

    private static byte[] body(Random random, JsonNode valid) throws Exception {
        switch (random.nextInt(10)) {
            case 0:
                return raw(random, valid);
            default:
                JsonNode copy = valid.deepCopy();
                int changes = 1 + random.nextInt(4);
                for (int i = 0; i < changes; i++) {
                    copy = mutate(random, copy);
                }
                return JSON.writeValueAsBytes(copy);
        }
    }

    /** One random change at a random place of the tree. */
    private static JsonNode mutate(Random random, JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(5)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, value(random, 0));
                case 2 -> object.set(name + (random.nextBoolean() ? "X" : ""), value(random, 0));
                case 3 -> object.putNull(name);
                default -> object.set(name, object.get(name) == null ? value(random, 0) : object.get(name).deepCopy());
            }
        } else if (target instanceof ArrayNode array) {
            switch (random.nextInt(4)) {
                case 0 -> array.removeAll();
                case 1 -> array.add(value(random, 0));
                case 2 -> {
                    if (!array.isEmpty()) {
                        array.set(random.nextInt(array.size()), value(random, 0));
                    }
                }
                default -> {
                    int copies = random.nextInt(250);
                    JsonNode first = array.isEmpty() ? value(random, 0) : array.get(0);
                    for (int i = 0; i < copies; i++) {
                        array.add(first.deepCopy());
                    }
                }
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext();) {
                collect(children.next(), containers);
            }
        }
    }

    private static JsonNode value(Random random, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (random.nextInt(depth > 3 ? 6 : 8)) {
            case 0:
                return nodes.nullNode();
            case 1:
                return nodes.booleanNode(random.nextBoolean());
            case 2:
                return random.nextBoolean() ? nodes.numberNode(random.nextInt()) : nodes.numberNode(random.nextLong());
            case 3:
                return nodes.numberNode(random.nextGaussian() * 1e12);
            case 4:
                return nodes.textNode(ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size())));
            case 5:
                return nodes.textNode(List.of("FAMILY", "ARRESTED", "FEMALE", "Jilin", "2026-11-20", "2026-11-20T08:30:00Z",
                        "RELIGIOUS_CONTACT", "UNKNOWN").get(random.nextInt(8)));
            case 6:
                ArrayNode array = nodes.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(value(random, depth + 1));
                }
                return array;
            default:
                ObjectNode object = nodes.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(List.of("name", "stage", "kind", "aliases", "unnamed", "x").get(random.nextInt(6)),
                            value(random, depth + 1));
                }
                return object;
        }
    }

    /** Bytes that are barely, or not, JSON. */
    private static byte[] raw(Random random, JsonNode valid) throws Exception {
        String text = JSON.writeValueAsString(valid);
        return switch (random.nextInt(10)) {
            case 0 -> text.substring(0, random.nextInt(text.length())).getBytes(StandardCharsets.UTF_8);
            case 1 -> {
                byte[] bytes = new byte[random.nextInt(2_000)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 2 -> "[".repeat(5_000 + random.nextInt(20_000)).getBytes(StandardCharsets.UTF_8);
            case 3 -> text.replace("1994", "1e999999").getBytes(StandardCharsets.UTF_8);
            case 4 -> text.replace("1994", "99999999999999999999999").getBytes(StandardCharsets.UTF_8);
            case 5 -> text.replace("\"Hoeryong\"", "\"\\ud800\\udc00\\ud800 \\uZZZZ\"").getBytes(StandardCharsets.UTF_8);
            case 6 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            case 7 -> text.replace("Kim Ok-sun", "Kim \u00e9").getBytes(StandardCharsets.ISO_8859_1);
            case 8 -> List.of("null", "1", "\"x\"", "[]", "{}", "true", "{\"source\":", "{,}", "{\"a\":1,}", "// x\n{}")
                    .get(random.nextInt(10)).getBytes(StandardCharsets.UTF_8);
            default -> text.replace("\"detainees\"", "\"detainees\":[],\"detainees\"").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String contentType(Random random) {
        return switch (random.nextInt(20)) {
            case 0 -> null;
            case 1 -> "text/plain";
            case 2 -> "application/json; charset=ISO-8859-1";
            case 3 -> "application/xml";
            case 4 -> "multipart/form-data; boundary=x";
            default -> "application/json";
        };
    }

    private static String idempotencyKey(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> "k".repeat(256);
            case 2 -> "key with spaces\t" + random.nextInt(50);
            case 3 -> " ";
            default -> "key-" + random.nextInt(100);
        };
    }
}
