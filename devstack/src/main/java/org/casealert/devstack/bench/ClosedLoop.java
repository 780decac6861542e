package org.casealert.devstack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code clients} callers, each doing one call after the other for a warm-up and then for the measured
 * time, as wrk's connections do: the throughput and the times of the calls started in the measured time.
 * Intake saturation and the baselines run through the same loop.
 */
final class ClosedLoop {

    /** One caller's connection or session, made in its own thread; a call answers an outcome, e.g. "202". */
    interface Caller extends AutoCloseable {
        String call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /**
     * The calls of the measured time: how many per outcome, per second, their times, and the CPU time
     * each of the stack's processes spent per call.
     */
    record Throughput(int clients, double seconds, long calls, double perSecond, Map<String, Long> outcomes,
            Latencies latencies, Map<String, Double> cpuMsPerCall) {
    }

    private ClosedLoop() {
    }

    /** @param cpu samples the stack's processes' CPU time ({@link CpuTime#sample}) */
    static Throughput run(int clients, Duration warmup, Duration measured, Callable<Caller> callers,
            Callable<Map<String, Long>> cpu) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Future<Tally>> tallies = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tallies.add(threads.submit(() -> {
                try (Caller caller = open(callers, ready)) {
                    go.await();
                    return loop(caller, window[0], window[1]);
                }
            }));
        }
        try {
            ready.await();
            window[0] = System.nanoTime() + warmup.toNanos();
            window[1] = window[0] + measured.toNanos();
            go.countDown(); // publishes the window to the callers
            sleepUntil(window[0]);
            Map<String, Long> cpuBefore = cpu.call();
            sleepUntil(window[1]);
            Map<String, Long> cpuAfter = cpu.call();
            long[] all = new long[0];
            Map<String, Long> outcomes = new TreeMap<>();
            for (Future<Tally> future : tallies) {
                Tally tally = future.get();
                int from = all.length;
                all = Arrays.copyOf(all, from + tally.count);
                System.arraycopy(tally.nanos, 0, all, from, tally.count);
                tally.outcomes.forEach((outcome, count) -> outcomes.merge(outcome, count, Long::sum));
            }
            double seconds = measured.toNanos() / 1e9;
            return new Throughput(clients, seconds, all.length, all.length / seconds, outcomes,
                    Latencies.ofNanos(all), CpuTime.perCall(cpuBefore, cpuAfter, all.length));
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed", e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long millis = (nanoTime - System.nanoTime()) / 1_000_000;
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Makes a caller and says so, also when making it failed, so that the others do not wait for it. */
    private static Caller open(Callable<Caller> callers, CountDownLatch ready) throws Exception {
        try {
            return callers.call();
        } finally {
            ready.countDown();
        }
    }

    private static Tally loop(Caller caller, long measureFrom, long measureUntil) {
        Tally tally = new Tally();
        for (long start = System.nanoTime(); start < measureUntil; start = System.nanoTime()) {
            String outcome;
            try {
                outcome = caller.call();
            } catch (Exception e) {
                outcome = e.getClass().getSimpleName();
            }
            if (start >= measureFrom) {
                tally.add(System.nanoTime() - start, outcome);
            }
        }
        return tally;
    }

    /** One caller's measured calls. */
    private static final class Tally {
        long[] nanos = new long[4096];
        int count;
        final Map<String, Long> outcomes = new TreeMap<>();

        void add(long elapsed, String outcome) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = elapsed;
            outcomes.merge(outcome, 1L, Long::sum);
        }
    }
}
