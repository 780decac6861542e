package org.casealert.devstack.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts reports at a fixed rate, open-loop: report {@code i} is due at {@code i / rate} seconds whatever
 * became of the ones before, so a slow answer never slows the load (no coordinated omission). Due
 * reports go to a pool of keep-alive connections; one that finds no free connection waits, and the wait
 * counts in its times, which are taken from when it was due.
 */
final class LoadGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A report to post: its header lines (each ending in CRLF) and its body. */
    record Report(String headers, byte[] body) {
    }

    /** A report as posted: when it was due, sent and answered, the status and the report's id. */
    record Posted(int n, Instant dueAt, Instant sentAt, Instant answeredAt, int status, String reportId) {

        boolean accepted() {
            return status == 202 && reportId != null;
        }

        Duration answerTime() {
            return Duration.between(dueAt, answeredAt);
        }
    }

    private LoadGenerator() {
    }

    static List<Posted> atFixedRate(URI endpoint, List<Report> reports, double perSecond, int connections)
            throws InterruptedException {
        List<KeepAliveConnection> opened = new ArrayList<>();
        ThreadLocal<KeepAliveConnection> connection = ThreadLocal.withInitial(() -> {
            KeepAliveConnection made = new KeepAliveConnection(endpoint);
            synchronized (opened) {
                opened.add(made);
            }
            return made;
        });
        ExecutorService senders = Executors.newFixedThreadPool(connections);
        try {
            List<Future<Posted>> posted = new ArrayList<>(reports.size());
            Instant start = Instant.now();
            long startNanos = System.nanoTime();
            for (int i = 0; i < reports.size(); i++) {
                long dueNanos = (long) (i * 1e9 / perSecond);
                sleepUntil(startNanos + dueNanos);
                int n = i;
                Instant due = start.plusNanos(dueNanos);
                posted.add(senders.submit(() -> post(connection.get(), n, due, reports.get(n))));
            }
            List<Posted> results = new ArrayList<>(reports.size());
            for (Future<Posted> each : posted) {
                results.add(each.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sender failed", e.getCause());
        } finally {
            senders.shutdownNow();
            synchronized (opened) {
                opened.forEach(KeepAliveConnection::close);
            }
        }
    }

    private static void sleepUntil(long nanoTime) {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    /** Posts one report now, on its own connection. */
    static Posted postNow(URI endpoint, int n, Report report) {
        try (KeepAliveConnection connection = new KeepAliveConnection(endpoint)) {
            return post(connection, n, Instant.now(), report);
        }
    }

    private static Posted post(KeepAliveConnection connection, int n, Instant due, Report report) {
        Instant sent = Instant.now();
        try {
            KeepAliveConnection.Answer answer = connection.post(report.headers(), report.body());
            Instant answered = Instant.now();
            String id = answer.status() == 202 ? JSON.readTree(answer.body()).path("id").asText(null) : null;
            return new Posted(n, due, sent, answered, answer.status(), id);
        } catch (IOException e) {
            return new Posted(n, due, sent, Instant.now(), -1, null);
        }
    }
}
