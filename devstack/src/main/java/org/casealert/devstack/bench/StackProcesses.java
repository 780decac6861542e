package org.casealert.devstack.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stack's processes, each found by the port it listens on, so that another stack on the same
 * machine is not mistaken for this one: the services, the broker, the launcher (by its dev inbox),
 * PostgreSQL (its server process and its children at this moment) and the benchmark itself.
 */
final class StackProcesses {

    static final String POSTGRESQL = "postgresql";
    static final String LAUNCHER = "launcher (smtp, inbox)";

    private StackProcesses() {
    }

    /** Names to process ids, in a stable order; a part that is not running is left out. */
    static Map<String, List<Long>> find(StackClient stack) throws IOException {
        Map<Long, Long> listeners = listeningPorts();
        Map<Long, Long> owners = socketOwners();
        Map<String, List<Long>> pids = new LinkedHashMap<>();
        for (String service : List.of("intake", "alert", "alert2", "notify")) {
            String url = stack.env(service.toUpperCase() + "_URL");
            if (url != null) {
                owner(listeners, owners, port(url)).ifPresent(pid -> pids.put(service, List.of(pid)));
            }
        }
        owner(listeners, owners, Long.parseLong(stack.env("KAFKA_BOOTSTRAP_SERVERS").replaceAll(".*:", "")))
                .ifPresent(pid -> pids.put("kafka", List.of(pid)));
        owner(listeners, owners, port(stack.env("WEBHOOK_SINK_URL"))).ifPresent(pid -> pids.put(LAUNCHER, List.of(pid)));
        owner(listeners, owners, port(stack.env("INTAKE_DATABASE_URL").replace("jdbc:", ""))).ifPresent(server -> {
            List<Long> all = new ArrayList<>(List.of(server));
            ProcessHandle.of(server).ifPresent(process -> process.children().forEach(child -> all.add(child.pid())));
            pids.put(POSTGRESQL, all);
        });
        pids.put("benchmark", List.of(ProcessHandle.current().pid()));
        return pids;
    }

    private static long port(String url) {
        return URI.create(url).getPort();
    }

    private static Optional<Long> owner(Map<Long, Long> listeners, Map<Long, Long> owners, long port) {
        return Optional.ofNullable(listeners.get(port)).map(owners::get);
    }

    /** Listening TCP ports (IPv4 and IPv6) and their socket inodes. */
    private static Map<Long, Long> listeningPorts() throws IOException {
        Map<Long, Long> ports = new HashMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length > 9 && fields[3].equals("0A")) { // LISTEN
                    String local = fields[1];
                    ports.putIfAbsent(Long.parseLong(local.substring(local.indexOf(':') + 1), 16), Long.parseLong(fields[9]));
                }
            }
        }
        return ports;
    }

    /** Socket inodes and the processes that hold them. */
    private static Map<Long, Long> socketOwners() throws IOException {
        Map<Long, Long> owners = new HashMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
                    for (Path descriptor : descriptors) {
                        String target = Files.readSymbolicLink(descriptor).toString();
                        if (target.startsWith("socket:[")) {
                            owners.putIfAbsent(Long.parseLong(target.substring(8, target.length() - 1)), pid);
                        }
                    }
                } catch (IOException e) {
                    // a process that exited, or one this user may not look into
                }
            }
        }
        return owners;
    }
}
