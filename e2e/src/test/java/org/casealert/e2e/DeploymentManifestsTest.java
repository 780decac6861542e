package org.casealert.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Kubernetes manifests in {@code deploy/} give each service everything its production profile
 * refuses to start without, let it use exactly its Kafka topics, and commit no secret.
 */
class DeploymentManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("casealert.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> SERVICES = List.of("intake-service", "alert-service", "notify-service");
    /** A placeholder without a default: the production profile needs it from the deployment. */
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    /** Secrets that the Strimzi and CloudNativePG operators make; every other one the README explains. */
    private static final Pattern MADE_BY_OPERATORS = Pattern.compile(
            "(intake|alert|notify)-db-(app|ca)|(intake|alert|notify)-service|case-alert-cluster-ca-cert");

    @ParameterizedTest
    @ValueSource(strings = { "intake", "alert", "notify" })
    void eachServiceGetsEveryProductionSettingItNeeds(String service) throws IOException {
        List<JsonNode> base = base();
        JsonNode deployment = find(base, "Deployment", service + "-service");
        Set<String> provided = new HashSet<>();
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        container.path("env").forEach(env -> provided.add(env.path("name").asText()));
        for (JsonNode from : container.path("envFrom")) {
            find(base, "ConfigMap", from.at("/configMapRef/name").asText()).path("data").fieldNames()
                    .forEachRemaining(provided::add);
        }

        Set<String> needed = new HashSet<>(requiredPlaceholders(ROOT.resolve(service
                + "-service/src/main/resources/application.properties")));
        needed.addAll(requiredPlaceholders(ROOT.resolve("events/src/main/resources/META-INF/microprofile-config.properties")));
        needed.addAll(List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "KAFKA_BOOTSTRAP_SERVERS", "CASEALERT_KAFKA_SASL_JAAS_CONFIG", "CASEALERT_KAFKA_TRUSTSTORE",
                // defaulted, but behind the ingress every visitor would share one rate-limit bucket without it
                "CASEALERT_TRUSTED_PROXIES"));
        assertThat(provided).containsAll(needed);

        assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).as("the personal-data keys' file")
                .contains("/deployments/config", "/deployments/kafka-ca", "/deployments/db-ca");
        assertThat(deployment.at("/spec/template/spec/volumes").findValuesAsText("secretName"))
                .as("JDBC verifies the database's certificate against its cluster's CA").contains(service + "-db-ca");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(find(base, "Cluster", service + "-db").at("/spec/bootstrap/initdb/database").asText())
                .isEqualTo(service);
    }

    @ParameterizedTest
    @ValueSource(strings = { "intake", "alert", "notify" })
    void eachServiceMayUseExactlyItsTopics(String service) throws IOException {
        List<JsonNode> base = base();
        Set<String> topics = new HashSet<>();
        Matcher topic = Pattern
                .compile("(?m)^mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.(topic|dead-letter-queue\\.topic)=(.+)$")
                .matcher(Files.readString(ROOT.resolve(service + "-service/src/main/resources/application.properties")));
        while (topic.find()) {
            topics.add(topic.group(3).strip());
        }
        assertThat(topics).isNotEmpty();
        Set<String> allowed = StreamSupport.stream(find(base, "KafkaUser", service + "-service")
                .at("/spec/authorization/acls").spliterator(), false)
                .filter(acl -> acl.at("/resource/type").asText().equals("topic"))
                .map(acl -> acl.at("/resource/name").asText()).collect(Collectors.toSet());
        assertThat(allowed).isEqualTo(topics);
        topics.forEach(name -> assertThat(find(base, "KafkaTopic", name)).as(name).isNotNull());
    }

    @Test
    void noSecretIsCommittedAndEveryOtherSecretIsExplained() throws IOException {
        List<JsonNode> base = base();
        assertThat(base).noneMatch(resource -> resource.path("kind").asText().equals("Secret"));
        Set<String> secrets = new HashSet<>();
        base.forEach(resource -> {
            resource.findValues("secretKeyRef").forEach(ref -> secrets.add(ref.path("name").asText()));
            resource.findValues("secretName").forEach(name -> secrets.add(name.asText()));
            resource.at("/spec/configuration/s3Credentials").findValues("name").forEach(name -> secrets.add(name.asText()));
        });
        String readme = Files.readString(ROOT.resolve("deploy/README.md"));
        secrets.stream().filter(name -> !MADE_BY_OPERATORS.matcher(name).matches())
                .forEach(name -> assertThat(readme).as("deploy/README.md explains " + name).contains(name));
    }

    @Test
    void eachServiceGetsTheKeysOfItsHopsAndNoOthers() throws IOException {
        List<JsonNode> base = base();
        // intake's name-hash key reaches intake alone: with it, a leak of alert or notify would allow a dictionary
        // attack on the hashes of Korean names
        for (String service : SERVICES) {
            List<String> secrets = find(base, "Deployment", service).findValues("secretKeyRef").stream()
                    .map(ref -> ref.path("name").asText() + "/" + ref.path("key").asText()).toList();
            if (service.equals("intake-service")) {
                assertThat(secrets).contains("case-alert-keys/name-hash-key");
            } else {
                assertThat(secrets).as(service).noneMatch(secret -> secret.startsWith("case-alert-keys/"));
            }
        }
        assertThat(find(base, "Deployment", "notify-service").findValues("secretKeyRef"))
                .anyMatch(ref -> ref.path("key").asText().equals("email-hash-key"));
        // each service's key rings come from a file of its own
        for (String service : SERVICES) {
            assertThat(find(base, "Deployment", service).findValuesAsText("secretName"))
                    .contains("case-alert-" + service.replace("-service", "") + "-config");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "base", "overlays/staging", "overlays/production" })
    void everyServiceReachesTheIdentityProvidersKeys(String overlay) throws Exception {
        List<JsonNode> resources = render(overlay);
        String jwks = ofKind(resources, "ConfigMap").stream().map(map -> map.at("/data/CASEALERT_JWT_KEYS"))
                .filter(JsonNode::isTextual).findFirst().orElseThrow().asText();
        int port = URI.create(jwks).getPort() == -1 ? 443 : URI.create(jwks).getPort();
        for (String service : SERVICES) {
            JsonNode labels = find(resources, "Deployment", service).at("/spec/template/metadata/labels");
            assertThat(ofKind(resources, "NetworkPolicy").stream()
                    .filter(policy -> selects(policy.at("/spec/podSelector"), labels))
                    .flatMap(policy -> StreamSupport.stream(policy.at("/spec/egress").spliterator(), false))
                    .filter(rule -> StreamSupport.stream(rule.path("ports").spliterator(), false)
                            .anyMatch(allowed -> allowed.path("port").asInt() == port)))
                    .as(service + " reaches " + jwks).anyMatch(rule -> StreamSupport.stream(rule.path("to")
                            .spliterator(), false).anyMatch(to -> to.at("/ipBlock/cidr").asText().equals("0.0.0.0/0")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "base", "overlays/staging", "overlays/production" })
    void kustomizeBuildsEveryOverlay(String overlay) throws Exception {
        assertThat(render(overlay)).filteredOn(resource -> resource.path("kind").asText().equals("Deployment"))
                .hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/staging", "overlays/production" })
    void theServiceMonitorsSelectTheServicesPodsAndPorts(String overlay) throws Exception {
        List<JsonNode> resources = render(overlay);
        for (String service : SERVICES) {
            JsonNode deployment = find(resources, "Deployment", service);
            JsonNode pod = deployment.at("/spec/template");
            JsonNode kubeService = find(resources, "Service", service);
            assertThat(selects(kubeService.at("/spec/selector"), pod.at("/metadata/labels"))).as(service).isTrue();
            List<JsonNode> monitors = ofKind(resources, "ServiceMonitor").stream()
                    .filter(monitor -> selects(monitor.at("/spec/selector"), kubeService.at("/metadata/labels"))).toList();
            assertThat(monitors).as("a ServiceMonitor selects " + service).hasSize(1);
            JsonNode endpoint = monitors.get(0).at("/spec/endpoints/0");
            assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
            JsonNode port = element(kubeService.at("/spec/ports"), "name", endpoint.path("port").asText());
            assertThat(port).as(service + " has the port the ServiceMonitor scrapes").isNotNull();
            assertThat(element(pod.at("/spec/containers/0/ports"), "name", port.path("targetPort").asText()))
                    .as(service + "'s pods serve that port").isNotNull();
        }
        JsonNode kafka = ofKind(resources, "Kafka").get(0);
        assertThat(kafka.at("/spec/kafka/metricsConfig/valueFrom/configMapKeyRef/name").asText())
                .satisfies(name -> assertThat(find(resources, "ConfigMap", name)).isNotNull());
        assertThat(kafka.at("/spec/kafkaExporter").isObject()).as("the Kafka Exporter runs").isTrue();
        assertThat(ofKind(resources, "PodMonitor")).as("a PodMonitor selects the Kafka and Kafka Exporter pods")
                .anyMatch(monitor -> selects(monitor.at("/spec/selector"), YAML.createObjectNode()
                        .put("strimzi.io/cluster", kafka.at("/metadata/name").asText()).put("strimzi.io/kind", "Kafka"))
                        && monitor.at("/spec/podMetricsEndpoints/0/port").asText().equals("tcp-prometheus"));
        for (JsonNode cluster : ofKind(resources, "Cluster")) {
            assertThat(ofKind(resources, "PodMonitor")).as("a PodMonitor selects " + cluster.at("/metadata/name"))
                    .anyMatch(monitor -> selects(monitor.at("/spec/selector"), postgresPod(cluster))
                            && monitor.at("/spec/podMetricsEndpoints/0/port").asText().equals("metrics"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/staging", "overlays/production" })
    void theNetworkPoliciesAdmitMonitoringToTheMetricsPorts(String overlay) throws Exception {
        List<JsonNode> resources = render(overlay);
        for (String service : SERVICES) {
            JsonNode pod = find(resources, "Deployment", service).at("/spec/template");
            int port = element(pod.at("/spec/containers/0/ports"), "name", "http").path("containerPort").asInt();
            assertThat(admitsMonitoring(resources, pod.at("/metadata/labels"), port)).as(service).isTrue();
        }
        String kafka = ofKind(resources, "Kafka").get(0).at("/metadata/name").asText();
        assertThat(admitsMonitoring(resources, YAML.createObjectNode().put("strimzi.io/cluster", kafka)
                .put("strimzi.io/kind", "Kafka").put("app.kubernetes.io/name", "kafka"), 9404)).isTrue();
        for (JsonNode cluster : ofKind(resources, "Cluster")) {
            assertThat(admitsMonitoring(resources, postgresPod(cluster), 9187)).as(cluster.at("/metadata/name").asText())
                    .isTrue();
        }
    }

    @Test
    void everyAlertNamesMetricsThatAreServedOrPendingAndHasARunbook() throws Exception {
        List<AlertRules.Rule> rules = AlertRules.of(render("overlays/production"));
        assertThat(rules).extracting(AlertRules.Rule::alert).contains("CaseAlertOutboxBacklog", "CaseAlertOutboxStale",
                "CaseAlertOutboxParked", "CaseAlertDeliveriesDead", "CaseAlertAppealDraftsWaiting",
                "CaseAlertImminentUnacknowledged", "CaseAlertConsumerLag", "CaseAlertDeadLetters",
                "CaseAlertCertificateExpiry");
        String runbook = Files.readString(ROOT.resolve("deploy/README.md"));
        runbook = runbook.substring(runbook.indexOf("## Runbook"));
        for (AlertRules.Rule rule : rules) {
            assertThat(rule.labels().path("severity").asText()).as(rule.alert()).isIn("warning", "critical");
            assertThat(runbook).as("deploy/README.md has a runbook line for " + rule.alert())
                    .contains("| `" + rule.alert() + "` |");
            assertThat(AlertRules.metricNames(rule.expr())).as(rule.alert()).isNotEmpty()
                    .allSatisfy(name -> assertThat(AlertRules.infrastructure(name)
                            || AlertRules.SERVICE_METRIC.matcher(name).matches()
                            || AlertRules.PENDING.containsKey(name))
                            .as(name + " in " + rule.alert() + " is served by a service, an exporter, or pending").isTrue());
        }
        // which of the services' names they really serve, EndToEndIT checks against the packaged services
        assertThat(AlertRules.metricNames(rules)).containsAll(AlertRules.PENDING.keySet());
    }

    @Test
    void productionBacksUpEveryDatabaseAndReplicatesSynchronously() throws Exception {
        List<JsonNode> resources = render("overlays/production");
        List<JsonNode> clusters = ofKind(resources, "Cluster");
        assertThat(clusters).hasSize(3);
        for (JsonNode cluster : clusters) {
            String name = cluster.at("/metadata/name").asText();
            JsonNode archiver = archiver(cluster);
            assertThat(archiver).as(name + " archives its WAL").isNotNull();
            JsonNode store = find(resources, "ObjectStore", archiver.at("/parameters/barmanObjectName").asText());
            assertThat(store.at("/spec/configuration/destinationPath").asText()).isNotBlank();
            assertThat(ofKind(resources, "ScheduledBackup")).as(name + " has a scheduled base backup")
                    .anyMatch(backup -> backup.at("/spec/cluster/name").asText().equals(name)
                            && backup.at("/spec/method").asText().equals("plugin")
                            && backup.at("/spec/pluginConfiguration/name").asText().equals(archiver.path("name").asText()));
            JsonNode synchronous = cluster.at("/spec/postgresql/synchronous");
            assertThat(synchronous.path("number").asInt()).as(name + " commits on a standby too").isPositive()
                    .isLessThan(cluster.at("/spec/instances").asInt());
            assertThat(synchronous.path("dataDurability").asText()).isEqualTo("required");
        }
        for (JsonNode store : ofKind(resources, "ObjectStore")) {
            JsonNode credentials = store.at("/spec/configuration/s3Credentials");
            assertThat(credentials.findValues("name")).as("the object store's credentials come from a Secret")
                    .isNotEmpty();
            assertThat(credentials.findValues("key")).hasSameSizeAs(credentials.findValues("name"));
        }
    }

    @Test
    void productionRunsEachServiceFromTheImageDigestTheBuildPushed() throws Exception {
        List<JsonNode> resources = render("overlays/production");
        for (String service : SERVICES) {
            JsonNode pod = find(resources, "Deployment", service).at("/spec/template/spec");
            assertThat(pod.findValuesAsText("image")).as(service + "'s images").isNotEmpty()
                    .allMatch(image -> image.matches("[a-z0-9.:-]+/[a-z0-9./-]+/" + service + "@sha256:[0-9a-f]{64}"));
        }
    }

    @Test
    void eachDatabaseCanBeRestoredFromItsBackupAsItRunsInProduction() throws Exception {
        List<JsonNode> production = render("overlays/production");
        List<JsonNode> restored = render("restore");
        assertThat(ofKind(restored, "Cluster")).hasSameSizeAs(ofKind(production, "Cluster"));
        for (JsonNode cluster : ofKind(restored, "Cluster")) {
            String name = cluster.at("/metadata/name").asText();
            JsonNode running = find(production, "Cluster", name);
            String source = cluster.at("/spec/bootstrap/recovery/source").asText();
            JsonNode backup = element(cluster.at("/spec/externalClusters"), "name", source);
            assertThat(backup).as(name + " recovers from an external cluster").isNotNull();
            assertThat(backup.at("/plugin/name").asText()).isEqualTo(archiver(running).path("name").asText());
            assertThat(backup.at("/plugin/parameters/barmanObjectName").asText())
                    .isEqualTo(archiver(running).at("/parameters/barmanObjectName").asText());
            JsonNode archivedAs = archiver(running).at("/parameters/serverName");
            assertThat(backup.at("/plugin/parameters/serverName").asText()).as("where " + name + " archived")
                    .isEqualTo(archivedAs.isMissingNode() ? name : archivedAs.asText());
            assertThat(archiver(cluster).at("/parameters/serverName").asText())
                    .as("the restored cluster archives under a new name").isNotEqualTo(name);
            for (String field : List.of("instances", "storage", "resources", "affinity", "postgresql")) {
                assertThat(cluster.at("/spec/" + field)).as(name + " " + field + " as in production")
                        .isEqualTo(running.at("/spec/" + field));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/staging", "overlays/production" })
    void podsStopOnlyAfterTheServiceFinishedWhatItWasDoing(String overlay) throws Exception {
        Matcher timeout = Pattern.compile("(?m)^%prod\\.quarkus\\.shutdown\\.timeout=(\\d+)s$")
                .matcher(Files.readString(ROOT.resolve("events/src/main/resources/META-INF/microprofile-config.properties")));
        assertThat(timeout.find()).as("the services' shutdown timeout").isTrue();
        int shutdown = Integer.parseInt(timeout.group(1));
        for (String service : SERVICES) {
            JsonNode pod = find(render(overlay), "Deployment", service).at("/spec/template/spec");
            JsonNode preStop = pod.at("/containers/0/lifecycle/preStop/exec/command");
            assertThat(preStop.get(0).asText()).isEqualTo("sleep");
            int pause = preStop.get(1).asInt();
            assertThat(pause).as("the endpoints drop the pod before it stops").isPositive();
            assertThat(pod.path("terminationGracePeriodSeconds").asInt()).as(service)
                    .isGreaterThanOrEqualTo(pause + shutdown + 5);
            assertThat(pod.path("topologySpreadConstraints").findValuesAsText("topologyKey"))
                    .contains("topology.kubernetes.io/zone", "kubernetes.io/hostname");
        }
        JsonNode autoscaler = find(render(overlay), "HorizontalPodAutoscaler", "alert-service");
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo("alert-service");
        assertThat(autoscaler.at("/spec/maxReplicas").asInt()).isGreaterThan(autoscaler.at("/spec/minReplicas").asInt());
    }

    /** {@code kubectl kustomize deploy/<overlay>}, as resources. */
    private static List<JsonNode> render(String overlay) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/kubectl")), "no kubectl here to run kustomize");
        Process build = new ProcessBuilder("kubectl", "kustomize", ROOT.resolve("deploy").resolve(overlay).toString())
                .redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).as(output).isZero();
        return YAML.readerFor(JsonNode.class).<JsonNode> readValues(output).readAll();
    }

    private static List<JsonNode> ofKind(List<JsonNode> resources, String kind) {
        return resources.stream().filter(resource -> resource.path("kind").asText().equals(kind)).toList();
    }

    /** The element of an array whose {@code field} is {@code value}, or null. */
    private static JsonNode element(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(item -> item.path(field).asText().equals(value))
                .findFirst().orElse(null);
    }

    /** A label selector (matchLabels and matchExpressions, or a plain map as in a Service) against labels. */
    private static boolean selects(JsonNode selector, JsonNode labels) {
        JsonNode matchLabels = selector.has("matchLabels") || selector.has("matchExpressions") ? selector.path("matchLabels")
                : selector;
        for (Iterator<Map.Entry<String, JsonNode>> entries = matchLabels.fields(); entries.hasNext();) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!labels.has(entry.getKey()) || !labels.path(entry.getKey()).asText().equals(entry.getValue().asText())) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = new HashSet<>();
            expression.path("values").forEach(value -> values.add(value.asText()));
            boolean present = labels.has(key);
            boolean matches = switch (expression.path("operator").asText()) {
                case "In" -> present && values.contains(labels.path(key).asText());
                case "NotIn" -> !present || !values.contains(labels.path(key).asText());
                case "Exists" -> present;
                case "DoesNotExist" -> !present;
                default -> throw new AssertionError("unknown operator in " + expression);
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    /** Whether a NetworkPolicy lets the namespace "monitoring" reach pods with these labels on this port. */
    private static boolean admitsMonitoring(List<JsonNode> resources, JsonNode podLabels, int port) {
        return ofKind(resources, "NetworkPolicy").stream()
                .filter(policy -> selects(policy.at("/spec/podSelector"), podLabels))
                .flatMap(policy -> StreamSupport.stream(policy.at("/spec/ingress").spliterator(), false))
                .filter(rule -> StreamSupport.stream(rule.path("ports").spliterator(), false)
                        .anyMatch(allowed -> allowed.path("port").asInt() == port))
                .anyMatch(rule -> StreamSupport.stream(rule.path("from").spliterator(), false)
                        .anyMatch(from -> !from.has("podSelector") && from.at("/namespaceSelector/matchLabels")
                                .path("kubernetes.io/metadata.name").asText().equals("monitoring")));
    }

    /** The labels CloudNativePG gives a cluster's PostgreSQL pods. */
    private static JsonNode postgresPod(JsonNode cluster) {
        return YAML.createObjectNode().put("cnpg.io/cluster", cluster.at("/metadata/name").asText())
                .put("cnpg.io/podRole", "instance");
    }

    /** The plugin a CloudNativePG cluster archives its WAL with, or null. */
    private static JsonNode archiver(JsonNode cluster) {
        return StreamSupport.stream(cluster.at("/spec/plugins").spliterator(), false)
                .filter(plugin -> plugin.path("isWALArchiver").asBoolean()).findFirst().orElse(null);
    }

    /** Every resource the base lists, from its YAML files. */
    private static List<JsonNode> base() throws IOException {
        Path base = ROOT.resolve("deploy/base");
        List<JsonNode> resources = new ArrayList<>();
        for (JsonNode file : YAML.readTree(base.resolve("kustomization.yaml").toFile()).path("resources")) {
            resources.addAll(YAML.readerFor(JsonNode.class).<JsonNode> readValues(base.resolve(file.asText()).toFile())
                    .readAll());
        }
        return resources;
    }

    private static JsonNode find(List<JsonNode> resources, String kind, String name) {
        return resources.stream().filter(resource -> resource.path("kind").asText().equals(kind))
                .filter(resource -> resource.at("/metadata/name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in deploy/base"));
    }

    /**
     * {@code ${NAME}} placeholders without a default, outside the dev and test profiles, as the
     * environment variables that set them ({@code ${casealert.crypto.name-hash-key}}: CASEALERT_CRYPTO_NAME_HASH_KEY).
     */
    private static Set<String> requiredPlaceholders(Path properties) throws IOException {
        Set<String> names = new HashSet<>();
        for (String line : Files.readAllLines(properties)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.startsWith("%dev") || trimmed.startsWith("%test")) {
                continue;
            }
            Matcher matcher = REQUIRED.matcher(trimmed);
            while (matcher.find()) {
                names.add(matcher.group(1).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
            }
        }
        return names;
    }
}
