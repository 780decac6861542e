package org.casealert.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    /** A placeholder without a default: the production profile needs it from the deployment. */
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    /** Secrets that the Strimzi and CloudNativePG operators make; every other one the README explains. */
    private static final Pattern MADE_BY_OPERATORS = Pattern.compile(
            "(intake|alert|notify)-db-app|(intake|alert|notify)-service|case-alert-cluster-ca-cert");

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
                "KAFKA_BOOTSTRAP_SERVERS", "CASEALERT_KAFKA_SASL_JAAS_CONFIG", "CASEALERT_KAFKA_TRUSTSTORE"));
        assertThat(provided).containsAll(needed);

        assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).as("the personal-data keys' file")
                .contains("/deployments/config", "/deployments/kafka-ca");
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
        });
        String readme = Files.readString(ROOT.resolve("deploy/README.md"));
        secrets.stream().filter(name -> !MADE_BY_OPERATORS.matcher(name).matches())
                .forEach(name -> assertThat(readme).as("deploy/README.md explains " + name).contains(name));
    }

    @ParameterizedTest
    @ValueSource(strings = { "base", "overlays/staging", "overlays/production" })
    void kustomizeBuildsEveryOverlay(String overlay) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/kubectl")), "no kubectl here to run kustomize");
        Process build = new ProcessBuilder("kubectl", "kustomize", ROOT.resolve("deploy").resolve(overlay).toString())
                .redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).as(output).isZero();
        List<JsonNode> resources = YAML.readerFor(JsonNode.class).<JsonNode> readValues(output).readAll();
        assertThat(resources).filteredOn(resource -> resource.path("kind").asText().equals("Deployment")).hasSize(3);
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
