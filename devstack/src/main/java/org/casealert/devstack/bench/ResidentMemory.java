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
 * Resident memory of the stack's processes, from {@code /proc}: each found by the port it listens on
 * (so another stack on the same machine is not mistaken for this one): the launcher by its dev inbox,
 * PostgreSQL as its server process and all its children.
 */
final class ResidentMemory {

    /**
     * One process, or PostgreSQL's processes together. {@code pssKb} shares pages among the processes
     * that map them: for PostgreSQL's processes, whose shared buffers each map, only the PSS sum is fair.
     */
    record Usage(String name, List<Long> pids, long rssKb, long anonKb, long pssKb, String heapLimit) {
    }

    private ResidentMemory() {
    }

    static List<Usage> of(StackClient stack) throws IOException {
        Map<Long, Long> listeners = listeningPorts();
        Map<Long, Long> owners = socketOwners();
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String service : List.of("intake", "alert", "alert2", "notify")) {
            String url = stack.env(service.toUpperCase() + "_URL");
            if (url != null) {
                find(listeners, owners, port(url)).ifPresent(pid -> pids.put(service, pid));
            }
        }
        find(listeners, owners, Long.parseLong(stack.env("KAFKA_BOOTSTRAP_SERVERS").replaceAll(".*:", "")))
                .ifPresent(pid -> pids.put("kafka", pid));
        find(listeners, owners, port(stack.env("WEBHOOK_SINK_URL"))).ifPresent(pid -> pids.put("launcher (smtp, inbox)", pid));
        List<Usage> usages = new ArrayList<>();
        for (Map.Entry<String, Long> process : pids.entrySet()) {
            usages.add(usage(process.getKey(), List.of(process.getValue())));
        }
        Optional<Long> postgres = find(listeners, owners, port(stack.env("INTAKE_DATABASE_URL").replace("jdbc:", "")));
        if (postgres.isPresent()) {
            List<Long> all = new ArrayList<>(List.of(postgres.get()));
            all.addAll(children(postgres.get()));
            usages.add(usage("postgresql (" + all.size() + " processes, shared by every database on it)", all));
        }
        usages.add(usage("benchmark", List.of(ProcessHandle.current().pid())));
        return usages;
    }

    /** The machine's memory. */
    static long totalMb() throws IOException {
        return kilobytes(Path.of("/proc/meminfo")).getOrDefault("MemTotal", 0L) / 1024;
    }

    private static Usage usage(String name, List<Long> pids) throws IOException {
        long rss = 0;
        long anon = 0;
        long pss = 0;
        for (long pid : pids) {
            Map<String, Long> status = kilobytes(Path.of("/proc", String.valueOf(pid), "status"));
            rss += status.getOrDefault("VmRSS", 0L);
            anon += status.getOrDefault("RssAnon", 0L);
            pss += kilobytes(Path.of("/proc", String.valueOf(pid), "smaps_rollup")).getOrDefault("Pss", 0L);
        }
        return new Usage(name, pids, rss, anon, pss, heapLimit(pids.get(0)));
    }

    /** The JVM's -Xmx, if it is a JVM started with one. */
    private static String heapLimit(long pid) throws IOException {
        Path cmdline = Path.of("/proc", String.valueOf(pid), "cmdline");
        if (!Files.isReadable(cmdline)) {
            return null;
        }
        for (String argument : Files.readString(cmdline).split("\0")) {
            if (argument.startsWith("-Xmx")) {
                return argument.substring(4);
            }
        }
        return null;
    }

    private static Map<String, Long> kilobytes(Path file) throws IOException {
        Map<String, Long> values = new HashMap<>();
        if (!Files.isReadable(file)) {
            return values;
        }
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split("\\s+");
            if (parts.length >= 3 && parts[0].endsWith(":") && parts[2].equals("kB")) {
                values.put(parts[0].substring(0, parts[0].length() - 1), Long.parseLong(parts[1]));
            }
        }
        return values;
    }

    private static long port(String url) {
        return URI.create(url).getPort();
    }

    private static Optional<Long> find(Map<Long, Long> listeners, Map<Long, Long> owners, long port) {
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

    private static List<Long> children(long parent) {
        return ProcessHandle.of(parent).map(process -> process.children().map(ProcessHandle::pid).toList())
                .orElse(List.of());
    }
}
