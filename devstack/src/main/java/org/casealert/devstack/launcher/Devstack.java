package org.casealert.devstack.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.casealert.devstack.credentials.DevCredentials;
import org.casealert.devstack.credentials.DevDataKeys;
import org.casealert.devstack.inbox.DevInbox;
import org.casealert.devstack.kafka.KafkaProcess;
import org.casealert.devstack.kafka.TopicSetup;
import org.casealert.devstack.keycloak.KeycloakServer;
import org.casealert.devstack.mail.MailServer;
import org.casealert.devstack.postgres.PostgresServer;
import org.casealert.devstack.process.Jvm;

/**
 * {@code java -jar devstack/target/devstack.jar}: the whole system on one machine without Docker. Starts
 * PostgreSQL (or uses the running one), a Kafka broker, an SMTP server and the three packaged services,
 * writes URLs and dev credentials to {@code target/devstack.env}, and stops everything on Ctrl-C.
 */
public final class Devstack {

    private static final List<String> SERVICES = List.of("intake", "alert", "notify");
    private static final List<String> HOTLINES = List.of("Hotline A (devstack)", "Hotline B (devstack)");

    private final LauncherOptions options;
    private final PrintStream console;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Devstack(LauncherOptions options, PrintStream console) {
        this.options = options;
        this.console = console;
    }

    public static void main(String[] args) throws InterruptedException {
        // GreenMail and the Kafka clients log through SLF4J; the launcher's own lines are enough
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args, defaultRoot());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Devstack devstack = new Devstack(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(devstack::stop, "devstack-shutdown"));
        try {
            devstack.start();
        } catch (RuntimeException | IOException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(1);
        }
        devstack.stopped.await();
    }

    void start() throws IOException {
        if (options.fresh()) {
            deleteRecursively(options.stateDirectory());
        }
        Files.createDirectories(options.stateDirectory());
        Jvm jvm = new Jvm(options.root().resolve("devstack/target/devstack-watchdog.jar"),
                options.stateDirectory().resolve("tmp"));

        KeycloakServer keycloak = null;
        CompletableFuture<Void> keycloakLaunched = CompletableFuture.completedFuture(null);
        if (options.keycloak()) {
            keycloak = new KeycloakServer(options.root().resolve("devstack/target/keycloak/keycloak-quarkus-dist.zip"),
                    options.stateDirectory().resolve("keycloak"), options.keycloakPort(), serviceUrls(), jvm, console);
            // unpacking, building and starting it take longest: it runs beside the rest
            keycloakLaunched = CompletableFuture.runAsync(keycloak::launch);
            running.push(keycloak::stop);
        }

        PostgresServer postgres = PostgresServer.useOrStart(options.stateDirectory().resolve("postgres"),
                options.privatePostgresPort());
        running.push(postgres);
        for (String service : SERVICES) {
            if (options.fresh()) {
                postgres.recreateDatabase(options.database(service));
            } else {
                postgres.ensureDatabase(options.database(service));
            }
        }
        say("postgres  " + postgres.jdbcUrl(options.database("{intake,alert,notify}"))
                + (postgres.isPrivate() ? " (private server)" : ""));

        Supervisor supervisor = new Supervisor(console);
        running.push(supervisor);
        KafkaProcess kafka = new KafkaProcess(options.stateDirectory().resolve("kafka"), options.kafkaPort(),
                options.kafkaPort() + 1, jvm, console);
        kafka.start();
        supervisor.watch(kafka);
        TopicSetup.createTopics(kafka.bootstrapServers());
        say("kafka     " + kafka.bootstrapServers());

        MailServer mail = MailServer.start(options.smtpPort());
        running.push(mail);
        supervisor.watch(mail);
        DevInbox inbox = DevInbox.start(mail, options.stateDirectory(), options.inboxPort(), supervisor::control);
        running.push(inbox);
        say("smtp      127.0.0.1:" + mail.port());

        DevCredentials credentials = DevCredentials.generate();
        Path publicKey = options.stateDirectory().resolve("jwt-public.pem");
        Files.writeString(publicKey, credentials.publicKeyPem());

        Map<String, String> env = new LinkedHashMap<>();
        if (options.services()) {
            List<ServiceProcess> services = startServices(jvm, postgres, kafka, mail, publicKey, keycloak, supervisor);
            services.forEach(service -> env.put(service.name().toUpperCase() + "_URL", service.url()));
        }
        if (keycloak != null) {
            keycloakLaunched.join();
            keycloak.awaitReady();
            supervisor.watch(keycloak);
            env.put("KEYCLOAK_URL", keycloak.url());
            env.put("OIDC_ISSUER", keycloak.issuer());
            say("keycloak  " + keycloak.issuer() + " is ready");
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("SMTP_PORT", String.valueOf(mail.port()));
        env.put("MAIL_URL", inbox.url() + "/messages");
        env.put("MAIL_DIR", options.stateDirectory().resolve("mail").toString());
        env.put("WEBHOOK_SINK_URL", inbox.url() + "/webhooks");
        env.put("CONTROL_URL", inbox.url() + "/control");
        env.put("TRACES_URL", inbox.url() + "/traces");
        SERVICES.forEach(service -> env.put(service.toUpperCase() + "_DATABASE_URL",
                postgres.jdbcUrl(options.database(service))));
        env.put("OPERATOR_TOKEN", keycloak != null ? keycloak.token("operator")
                : credentials.token("operator@devstack", "operator", Map.of()));
        env.put("ADVOCATE_TOKEN", keycloak != null ? keycloak.token("advocate")
                : credentials.token("advocate@devstack", "advocate", Map.of()));
        if (options.services()) {
            List<HotlineSetup.Hotline> hotlines = HotlineSetup.ensure(http, env.get("INTAKE_URL"),
                    env.get("OPERATOR_TOKEN"), HOTLINES);
            env.put("HOTLINE_ID", hotlines.get(0).id());
            env.put("HOTLINE_API_KEY", hotlines.get(0).apiKey());
            env.put("HOTLINE2_ID", hotlines.get(1).id());
            env.put("HOTLINE2_API_KEY", hotlines.get(1).apiKey());
            if (keycloak != null) {
                keycloak.assignHotline("hotline", hotlines.get(0).id());
                env.put("HOTLINE_TOKEN", keycloak.token("hotline"));
            } else {
                env.put("HOTLINE_TOKEN", credentials.token("hotline-user@devstack", "hotline",
                        Map.of("hotline", hotlines.get(0).id())));
            }
        }
        if (keycloak != null) {
            KeycloakServer.LOGINS.forEach((user, password) -> env.put(user.toUpperCase() + "_LOGIN",
                    user + ":" + password));
        }
        writeEnvFile(env);
        banner(env);
        if (options.demo() && options.services()) {
            DemoReports.post(http, env, console);
        }
    }

    private Map<String, String> serviceUrls() {
        return Map.of("intake", "http://127.0.0.1:" + options.intakePort(), "alert",
                "http://127.0.0.1:" + options.alertPort(), "notify", "http://127.0.0.1:" + options.notifyPort());
    }

    private List<ServiceProcess> startServices(Jvm jvm, PostgresServer postgres, KafkaProcess kafka, MailServer mail,
            Path publicKey, KeycloakServer keycloak, Supervisor supervisor) {
        List<ServiceProcess> services = new ArrayList<>();
        int[] ports = { options.intakePort(), options.alertPort(), options.notifyPort() };
        for (int i = 0; i < SERVICES.size(); i++) {
            String name = SERVICES.get(i);
            Map<String, String> config = serviceConfig(name, postgres, kafka, mail, publicKey, keycloak);
            services.add(launch(name, name, ports[i], config, jvm, supervisor));
            if (name.equals("alert") && options.alert2Port() != 0) {
                // the same group, its own static member id: the two share the partitions, never fence each other
                config.put("mp.messaging.incoming.detention-reports.group.instance.id", "alert-service-dev-2");
                services.add(launch("alert2", name, options.alert2Port(), config, jvm, supervisor));
            }
        }
        for (ServiceProcess service : services) {
            service.awaitReady();
            say(String.format("%-9s %s is ready", service.name(), service.url()));
        }
        return services;
    }

    private ServiceProcess launch(String name, String module, int port, Map<String, String> config, Jvm jvm,
            Supervisor supervisor) {
        ServiceProcess service = new ServiceProcess(name, module, options.root(), port, Map.copyOf(config), jvm, console);
        service.launch();
        supervisor.watch(service);
        return service;
    }

    private Map<String, String> serviceConfig(String name, PostgresServer postgres, KafkaProcess kafka, MailServer mail,
            Path publicKey, KeycloakServer keycloak) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(options.database(name)));
        config.put("quarkus.datasource.username", postgres.user());
        if (keycloak == null) {
            config.put("mp.jwt.verify.publickey.location", publicKey.toString());
            config.put("mp.jwt.verify.issuer", DevCredentials.ISSUER);
        } else {
            // bearer tokens and web sign-in from the same realm: one issuer, one key set
            config.put("mp.jwt.verify.publickey.location", keycloak.jwksUrl());
            config.put("mp.jwt.verify.issuer", keycloak.issuer());
            config.put("quarkus.oidc.web.tenant-enabled", "true");
            config.put("quarkus.oidc.web.auth-server-url", keycloak.issuer());
            config.put("quarkus.oidc.web.client-id", name + "-service");
            config.put("quarkus.oidc.web.credentials.secret", KeycloakServer.CLIENT_SECRETS.get(name));
        }
        if (!name.equals("intake")) {
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(mail.port()));
        }
        if (name.equals("notify")) {
            config.put("notify.public-url", "http://127.0.0.1:" + options.notifyPort());
        }
        // the service's own dev keys, from a file of its own (not the command line, which any local user can read)
        config.put("quarkus.config.locations",
                DevDataKeys.inDirectory(options.stateDirectory()).writeFor(name, options.stateDirectory()).toString());
        // spans: to the inbox's span log (GET /traces?traceId=...), or to the collector the developer named
        config.put("quarkus.otel.exporter.otlp.traces.endpoint",
                options.otlpEndpoint() != null ? options.otlpEndpoint() : "http://127.0.0.1:" + options.inboxPort());
        config.put("quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf");
        config.put("quarkus.otel.bsp.schedule.delay", "500ms");
        return config;
    }

    private void writeEnvFile(Map<String, String> env) throws IOException {
        Files.createDirectories(options.envFile().getParent());
        StringBuilder text = new StringBuilder("# written by the devstack launcher; the tokens are valid for a day\n");
        env.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path temporary = options.envFile().resolveSibling(options.envFile().getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        Files.move(temporary, options.envFile(), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private void banner(Map<String, String> env) {
        String line = "=".repeat(78);
        console.println(line);
        console.println(" case-alert devstack is ready");
        Stream.of("INTAKE_URL", "ALERT_URL", "NOTIFY_URL").filter(env::containsKey)
                .forEach(key -> console.printf("   %-8s %s   (health /q/health, OpenAPI /q/openapi, metrics /q/metrics)%n",
                        key.substring(0, key.indexOf('_')).toLowerCase(), env.get(key)));
        if (env.containsKey("INTAKE_URL")) {
            boolean signIn = env.containsKey("KEYCLOAK_URL");
            console.printf("   %-8s %s/report/   (the hotline's web form; %s)%n", "form", env.get("INTAKE_URL"),
                    signIn ? "sign in, or paste HOTLINE_API_KEY" : "paste HOTLINE_API_KEY");
            console.printf("   %-8s %s/board/   (the case board; %s)%n", "board", env.get("ALERT_URL"),
                    signIn ? "sign in" : "sign-in needs --keycloak");
        }
        console.printf("   %-8s %s%n", "kafka", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        console.printf("   %-8s 127.0.0.1:%s   received mail: %s  (files in %s)%n", "smtp", env.get("SMTP_PORT"),
                env.get("MAIL_URL"), env.get("MAIL_DIR"));
        console.printf("   %-8s %s   (POST to it; GET lists what arrived)%n", "webhooks", env.get("WEBHOOK_SINK_URL"));
        console.printf("   %-8s POST %s/NAME/ACTION  (NAME kafka|smtp|intake|alert|notify, ACTION %s)%n", "faults",
                env.get("CONTROL_URL"), String.join("|", Supervisor.ACTIONS));
        if (env.containsKey("KEYCLOAK_URL")) {
            console.printf("   %-8s %s   sign in to the pages as %s%n", "keycloak", env.get("KEYCLOAK_URL"),
                    String.join(", ", KeycloakServer.LOGINS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(login -> login.getKey() + " / " + login.getValue()).toList()));
        }
        console.printf(" URLs and dev credentials: %s%n", options.envFile());
        console.printf("   load them with: set -a; . %s; set +a%n", options.root().relativize(options.envFile()));
        console.println(" Ctrl-C stops everything.");
        console.println(line);
    }

    void stop() {
        synchronized (running) {
            while (!running.isEmpty()) {
                try {
                    running.pop().close();
                } catch (Exception e) {
                    System.err.println("devstack: while stopping: " + e.getMessage());
                }
            }
        }
        stopped.countDown();
    }

    private void say(String message) {
        console.println("devstack| " + message);
    }

    /** The repository root: the jar lives in ROOT/devstack/target/devstack.jar. */
    private static Path defaultRoot() {
        try {
            Path location = Path.of(Devstack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = location.getParent().getParent().getParent();
            return Files.isRegularFile(candidate.resolve("pom.xml")) ? candidate : Path.of("").toAbsolutePath();
        } catch (URISyntaxException | NullPointerException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
