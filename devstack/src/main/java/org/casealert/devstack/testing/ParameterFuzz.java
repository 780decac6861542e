package org.casealert.devstack.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every operation a running service describes in its OpenAPI document ({@code /q/openapi}), called with hostile path
 * parameters, query parameters and bodies: NUL bytes, huge and negative numbers, dates out of range, forged cursors,
 * very long ids, wrong JSON types. Each call is made with each of the given credentials, so that the request gets past
 * the role check to the code that reads the parameter. What it finds are the calls answered with a 5xx.
 */
public final class ParameterFuzz {

    /** A call that the service answered with a server error. */
    public record ServerError(String method, String path, String body, int status) {
        @Override
        public String toString() {
            return status + " for " + method + " " + path + (body == null ? "" : " " + abbreviate(body));
        }
    }

    /** What was tried and what failed. */
    public record Outcome(int calls, int operations, List<ServerError> serverErrors) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");
    private static final String LONG = "x".repeat(4_000);
    /** Path segments, already percent-encoded as a client would send them. */
    static final List<String> PATH_VALUES = List.of("%00", "a%00b", "%2500", "99999999999999999999999", "-1", "0",
            "1e309", "NaN", LONG, "%E2%80%AE", "%C0%AF", "..%2F..%2Fetc", "%27%3B%20drop%20table%20x%3B--",
            "00000000-0000-0000-0000-000000000000", "null", "%20", "%F0%9F%98%80", "%FF%FE");
    /** Query values, raw (they are encoded when sent). */
    static final List<String> QUERY_VALUES = List.of("\u0000", "a\u0000b", "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z", "2026-13-45", "2026-02-30T25:61:61Z", "99999999999999999999999", "-1", "0",
            "1e309", "-2147483649", "NaN", "not-a-cursor", cursor("999999999999999999999|x"), cursor("-1|"),
            cursor("\u0000|\u0000"), cursor("9223372036854775807|" + LONG), "%", "", " ", LONG, "\uFEFF", "[]", "{}",
            "true", "NONE_SUCH_VALUE");
    /** JSON values put, one at a time, in place of each property of a request body. */
    static final List<String> BODY_VALUES = List.of("null", "\"\\u0000\"", "\"a\\u0000b\"", "1e309", "-1",
            "99999999999999999999999", "\"+999999999-12-31\"", "\"" + LONG + "\"", "[]", "{}", "[null]", "true",
            "\"NONE_SUCH_VALUE\"", "\"<script>alert(1)</script>\"");
    static final List<String> WHOLE_BODIES = List.of("", "{", "null", "[]", "\"x\"", "{}", "1e309", "{\"\\u0000\":1}",
            "[" + "[".repeat(2_000) + "]".repeat(2_000) + "]");

    private final URI base;
    private final Map<String, String> credentials;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private int calls;

    /**
     * {@code credentials}: a name for each and the header that carries it ({@code "Authorization: Bearer …"},
     * {@code "X-Api-Key: …"}); an empty value sends none.
     */
    public ParameterFuzz(URI base, Map<String, String> credentials) {
        this.base = base;
        this.credentials = credentials;
    }

    public static String bearer(String token) {
        return "Authorization: Bearer " + token;
    }

    /** Fuzzes every operation whose path starts with {@code prefix} (e.g. {@code /api/}). */
    public Outcome run(String prefix) throws IOException, InterruptedException {
        JsonNode document = JSON.readTree(send("GET", "/q/openapi?format=json", null, "").body());
        List<ServerError> errors = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                operations++;
                fuzz(document, method.getKey().toUpperCase(), path.getKey(), method.getValue(), errors);
            }
        }
        return new Outcome(calls, operations, errors);
    }

    private void fuzz(JsonNode document, String method, String template, JsonNode operation, List<ServerError> errors)
            throws IOException, InterruptedException {
        Map<String, String> query = new TreeMap<>();
        List<String> pathNames = new ArrayList<>();
        for (JsonNode parameter : parameters(document, operation)) {
            switch (parameter.path("in").asText()) {
                case "query" -> query.put(parameter.path("name").asText(), "");
                case "path" -> pathNames.add(parameter.path("name").asText());
                default -> {
                }
            }
        }
        Matcher names = TEMPLATE.matcher(template);
        while (names.find()) {
            if (!pathNames.contains(names.group(1))) {
                pathNames.add(names.group(1));
            }
        }
        String plain = fill(template, Map.of());
        for (String name : pathNames) {
            for (String value : PATH_VALUES) {
                call(method, fill(template, Map.of(name, value)), emptyBody(method, operation), errors);
            }
        }
        for (String name : query.keySet()) {
            for (String value : QUERY_VALUES) {
                call(method, plain + "?" + name + "=" + encode(value), emptyBody(method, operation), errors);
            }
            call(method, plain + "?" + name + "=1&" + name + "=2", emptyBody(method, operation), errors);
        }
        JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
        if (!schema.isMissingNode()) {
            for (String body : WHOLE_BODIES) {
                call(method, plain, body, errors);
            }
            ObjectNode example = example(document, schema);
            for (Iterator<String> properties = example.fieldNames(); properties.hasNext();) {
                String property = properties.next();
                for (String value : BODY_VALUES) {
                    ObjectNode changed = example.deepCopy();
                    changed.set(property, JSON.readTree(value));
                    call(method, plain, JSON.writeValueAsString(changed), errors);
                }
            }
        }
    }

    private void call(String method, String path, String body, List<ServerError> errors)
            throws IOException, InterruptedException {
        for (String credential : credentials.values()) {
            HttpResponse<String> response = send(method, path, body, credential);
            if (response.statusCode() >= 500) {
                errors.add(new ServerError(method, path, body, response.statusCode()));
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String credential)
            throws IOException, InterruptedException {
        calls++;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (!credential.isEmpty()) {
            int colon = credential.indexOf(": ");
            request.header(credential.substring(0, colon), credential.substring(colon + 2));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException closed) {
            // a kept-alive connection the server had just closed: once more, on a new one
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IOException(method + " " + abbreviate(path) + ": " + e.getMessage(), e);
            }
        }
    }

    /** The operation's parameters and its path item's, with {@code $ref}s resolved. */
    private static List<JsonNode> parameters(JsonNode document, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> parameters.add(resolve(document, parameter)));
        return parameters;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode resolved = node;
        for (int depth = 0; resolved.has("$ref") && depth < 10; depth++) {
            resolved = document.at(resolved.path("$ref").asText().substring(1));
        }
        return resolved;
    }

    /** A body with every property the schema names, each with a plausible value of its type. */
    private static ObjectNode example(JsonNode document, JsonNode schema) {
        ObjectNode example = JsonNodeFactory.instance.objectNode();
        JsonNode resolved = resolve(document, schema);
        for (JsonNode part : resolved.path("allOf")) {
            example.setAll(example(document, part));
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields(); properties
                .hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode type = resolve(document, property.getValue());
            JsonNode enumeration = type.path("enum");
            if (enumeration.isArray() && !enumeration.isEmpty()) {
                example.set(property.getKey(), enumeration.get(0));
                continue;
            }
            switch (type.path("type").asText()) {
                case "integer", "number" -> example.put(property.getKey(), 1);
                case "boolean" -> example.put(property.getKey(), true);
                case "array" -> example.putArray(property.getKey());
                case "object" -> example.putObject(property.getKey());
                default -> example.put(property.getKey(), "x");
            }
        }
        return example;
    }

    private static String emptyBody(String method, JsonNode operation) {
        return operation.has("requestBody") || method.equals("POST") || method.equals("PUT") ? "{}" : null;
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = TEMPLATE.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "none-such")));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String cursor(String decoded) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(decoded.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    /** The credentials map in the order given, for callers building it inline. */
    public static Map<String, String> credentials(String... nameThenAuthorization) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameThenAuthorization.length; i += 2) {
            map.put(nameThenAuthorization[i], nameThenAuthorization[i + 1]);
        }
        return map;
    }
}
