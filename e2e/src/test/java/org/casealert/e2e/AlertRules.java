package org.casealert.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The alerts of the {@code PrometheusRule} in {@code deploy/}, and the metric names their expressions use.
 * A name is served by one of the services (checked against their {@code /q/metrics} by {@code EndToEndIT}),
 * by the infrastructure's exporters below, or still {@link #PENDING}.
 */
final class AlertRules {

    /**
     * Metrics the rules use that another change is adding: the tests accept these, and only these,
     * without a service serving them, and fail once one is served (then remove it here).
     */
    static final Map<String, String> PENDING = Map.of();

    /** Metrics of the parts deploy/ runs beside the services, by who serves them. */
    static final Map<String, Set<String>> INFRASTRUCTURE = Map.of(
            "Prometheus", Set.of("up"),
            "Kafka Exporter (Strimzi)", Set.of("kafka_consumergroup_lag", "kafka_topic_partition_current_offset",
                    "kafka_topic_partition_under_replicated_partition"),
            "Strimzi cluster operator", Set.of("strimzi_certificate_expiration_timestamp_ms"),
            "cert-manager", Set.of("certmanager_certificate_expiration_timestamp_seconds"),
            "CloudNativePG", Set.of("cnpg_collector_up", "cnpg_pg_stat_archiver_seconds_since_last_archival",
                    "cnpg_pg_replication_in_recovery"),
            "Barman Cloud plugin", Set.of("barman_cloud_cloudnative_pg_io_last_available_backup_timestamp"));

    /** The prefixes of the services' own metrics (events' outbox is in intake and alert). */
    static final Pattern SERVICE_METRIC = Pattern.compile("(outbox|intake|alert|notify)_.+");

    private static final Pattern QUOTED = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");
    private static final Pattern LABELS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern
            .compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\s*\\()?");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right");

    record Rule(String alert, String expr, JsonNode labels, JsonNode annotations) {
    }

    private AlertRules() {
    }

    static List<Rule> of(List<JsonNode> resources) {
        List<Rule> rules = new ArrayList<>();
        resources.stream().filter(resource -> resource.path("kind").asText().equals("PrometheusRule"))
                .flatMap(resource -> iterate(resource.at("/spec/groups")).stream())
                .flatMap(group -> iterate(group.path("rules")).stream())
                .filter(rule -> rule.has("alert"))
                .forEach(rule -> rules.add(new Rule(rule.path("alert").asText(), rule.path("expr").asText(),
                        rule.path("labels"), rule.path("annotations"))));
        return rules;
    }

    /** The metric names in a PromQL expression: identifiers that are not functions, keywords or labels. */
    static Set<String> metricNames(String expr) {
        String bare = QUOTED.matcher(expr).replaceAll("\"\"");
        bare = LABELS.matcher(bare).replaceAll(" ");
        bare = RANGE.matcher(bare).replaceAll(" ");
        bare = GROUPING.matcher(bare).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            boolean function = identifier.group(1) != null;
            String name = identifier.group().replaceAll("[\\s(]", "");
            int start = identifier.start();
            boolean partOfNumber = start > 0 && Character.isDigit(bare.charAt(start - 1));
            if (!function && !partOfNumber && !KEYWORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Every metric name the rules use. */
    static Set<String> metricNames(List<Rule> rules) {
        Set<String> names = new TreeSet<>();
        rules.forEach(rule -> names.addAll(metricNames(rule.expr())));
        return names;
    }

    static boolean infrastructure(String name) {
        return INFRASTRUCTURE.values().stream().anyMatch(names -> names.contains(name));
    }

    /** The sample names of a Prometheus text exposition ({@code _bucket}, {@code _count}, ... included). */
    static Set<String> served(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                names.add(line.split(" ")[2]);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    private static List<JsonNode> iterate(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
