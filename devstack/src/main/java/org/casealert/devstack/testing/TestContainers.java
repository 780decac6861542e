package org.casealert.devstack.testing;

import java.util.Locale;
import java.util.Map;

import org.apache.kafka.common.utils.AppInfoParser;
import org.casealert.devstack.kafka.BrokerSettings;
import org.casealert.devstack.kafka.TopicSetup;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import com.github.dockerjava.api.DockerClient;

/**
 * Kafka and PostgreSQL as containers, one of each per test JVM, for the Maven profile {@code containers}: what
 * {@link TestKafka} and {@link TestPostgres} hand out there, in the same shape as the devstack's own. Kafka's image
 * is the version of the kafka-clients the services run, with the devstack broker's settings.
 */
final class TestContainers {

    private static final String POSTGRES_IMAGE = "postgres:17";
    /** The superuser the image makes; it trusts every connection, as the development machines' server does. */
    private static final String POSTGRES_USER = "root";

    private TestContainers() {
    }

    static boolean dockerAnswers() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static Map<String, Object> kafka() {
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:" + AppInfoParser.getVersion()));
        BrokerSettings.singleNode()
                .forEach((key, value) -> kafka.withEnv("KAFKA_" + key.toUpperCase(Locale.ROOT).replace('.', '_'), value));
        kafka.start();
        JvmWide.onExit("kafka", kafka::stop);
        TopicSetup.createTopics(kafka.getBootstrapServers());
        // paused, the broker is away for its clients as a stopped one is, and keeps its mapped port for when it is back
        DockerClient docker = kafka.getDockerClient();
        Runnable stop = () -> docker.pauseContainerCmd(kafka.getContainerId()).exec();
        Runnable start = () -> docker.unpauseContainerCmd(kafka.getContainerId()).exec();
        return Map.of("bootstrap", kafka.getBootstrapServers(), "stop", stop, "start", start);
    }

    static Map<String, Object> postgres() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE))
                .withUsername(POSTGRES_USER).withEnv("POSTGRES_HOST_AUTH_METHOD", "trust");
        postgres.start();
        JvmWide.onExit("postgres", postgres::stop);
        return Map.of("host", postgres.getHost(), "port",
                String.valueOf(postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT)), "user", POSTGRES_USER);
    }
}
