package org.casealert.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time the stack's processes used, from {@code /proc/PID/stat} (user and system time, with that of
 * children the process waited for: PostgreSQL's server reaps its backends), in clock ticks of 10 ms.
 */
final class CpuTime {

    private static final double MILLIS_PER_TICK = 10;

    private CpuTime() {
    }

    /** Each process's ticks so far. */
    static Map<String, Long> sample(Map<String, List<Long>> processes) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        processes.forEach((name, pids) -> ticks.put(name, pids.stream().mapToLong(CpuTime::ticks).sum()));
        return ticks;
    }

    /** CPU milliseconds per call of each process between two samples. */
    static Map<String, Double> perCall(Map<String, Long> before, Map<String, Long> after, long calls) {
        Map<String, Double> perCall = new LinkedHashMap<>();
        after.forEach((name, ticks) -> {
            long used = ticks - before.getOrDefault(name, 0L);
            if (before.containsKey(name) && used > 0 && calls > 0) {
                perCall.put(name, used * MILLIS_PER_TICK / calls);
            }
        });
        return perCall;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, utime 14, stime 15, cutime 16, cstime 17
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return 0; // exited
        }
    }
}
