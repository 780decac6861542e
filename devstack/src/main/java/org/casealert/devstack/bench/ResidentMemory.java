package org.casealert.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resident memory of the stack's processes ({@link StackProcesses}), from {@code /proc}, and for the
 * services what their JVMs say of it.
 */
final class ResidentMemory {

    /**
     * One process, or PostgreSQL's processes together. {@code pssKb} shares pages among the processes
     * that map them: for PostgreSQL's processes, whose shared buffers each map, only the PSS sum is fair.
     */
    record Usage(String name, List<Long> pids, long rssKb, long anonKb, long pssKb, String heapLimit,
            JvmMemory jvm) {
    }

    /** What a service's JVM says of its memory on {@code /q/metrics}: heap used and committed, non-heap committed. */
    record JvmMemory(long heapUsedMb, long heapCommittedMb, long nonHeapCommittedMb) {

        static JvmMemory of(PrometheusSamples metrics) {
            return new JvmMemory(mb(metrics.sum("jvm_memory_used_bytes", "area=\"heap\"")),
                    mb(metrics.sum("jvm_memory_committed_bytes", "area=\"heap\"")),
                    mb(metrics.sum("jvm_memory_committed_bytes", "area=\"nonheap\"")));
        }

        private static long mb(double bytes) {
            return Math.round(bytes / (1 << 20));
        }
    }

    private ResidentMemory() {
    }

    static List<Usage> of(StackClient stack) throws IOException {
        List<Usage> usages = new ArrayList<>();
        for (Map.Entry<String, List<Long>> process : StackProcesses.find(stack).entrySet()) {
            String name = process.getKey();
            List<Long> pids = process.getValue();
            if (name.equals(StackProcesses.POSTGRESQL)) {
                name += " (" + pids.size() + " processes, shared by every database on it)";
            }
            usages.add(usage(name, pids, stack.env(name.toUpperCase() + "_URL") == null ? null : jvmMemory(stack, name)));
        }
        return usages;
    }

    /** The machine's memory. */
    static long totalMb() throws IOException {
        return kilobytes(Path.of("/proc/meminfo")).getOrDefault("MemTotal", 0L) / 1024;
    }

    private static JvmMemory jvmMemory(StackClient stack, String service) {
        try {
            return JvmMemory.of(stack.metrics(service));
        } catch (IllegalStateException e) {
            return null; // not answering: its resident memory is all there is
        }
    }

    private static Usage usage(String name, List<Long> pids, JvmMemory jvm) throws IOException {
        long rss = 0;
        long anon = 0;
        long pss = 0;
        for (long pid : pids) {
            Map<String, Long> status = kilobytes(Path.of("/proc", String.valueOf(pid), "status"));
            rss += status.getOrDefault("VmRSS", 0L);
            anon += status.getOrDefault("RssAnon", 0L);
            pss += kilobytes(Path.of("/proc", String.valueOf(pid), "smaps_rollup")).getOrDefault("Pss", 0L);
        }
        return new Usage(name, pids, rss, anon, pss, heapLimit(pids.get(0)), jvm);
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
}
