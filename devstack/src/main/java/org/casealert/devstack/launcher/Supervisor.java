package org.casealert.devstack.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.casealert.devstack.process.Supervised;

/**
 * Keeps the broker and the services running: a part that exits without being told to is started
 * again, as a container orchestrator would. The control API ({@code POST /control/NAME/ACTION}) can
 * stop, start, kill (a crash: restarted) or restart a part, so faults can be staged on purpose.
 */
final class Supervisor implements AutoCloseable {

    static final List<String> ACTIONS = List.of("stop", "start", "kill", "restart");

    private final Map<String, Supervised> parts = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Set<String> stopped = ConcurrentHashMap.newKeySet();
    private final PrintStream console;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "devstack-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closing;

    Supervisor(PrintStream console) {
        this.console = console;
        watcher.scheduleWithFixedDelay(this::restartExited, 1, 1, TimeUnit.SECONDS);
    }

    void watch(Supervised part) {
        parts.put(part.name(), part);
    }

    /** Runs an action of the control API; returns what happened, for the answer. */
    synchronized String control(String name, String action) {
        Supervised part = parts.get(name);
        if (part == null || !ACTIONS.contains(action)) {
            throw new IllegalArgumentException("parts: " + parts.keySet() + ", actions: " + ACTIONS);
        }
        say(action + " " + name + " (control API)");
        switch (action) {
            case "stop" -> {
                stopped.add(name);
                part.stop();
            }
            case "start" -> {
                stopped.remove(name);
                if (!part.isAlive()) {
                    part.start();
                }
            }
            case "kill" -> part.kill();
            default -> {
                stopped.add(name);
                part.stop();
                stopped.remove(name);
                part.start();
            }
        }
        return name + " " + (part.isAlive() ? "running" : "stopped");
    }

    private synchronized void restartExited() {
        if (closing) {
            return;
        }
        for (Supervised part : new ArrayList<>(parts.values())) {
            if (!stopped.contains(part.name()) && !part.isAlive()) {
                say(part.name() + " exited; starting it again");
                try {
                    part.start();
                } catch (RuntimeException e) {
                    say(part.name() + " did not start: " + e.getMessage());
                }
            }
        }
    }

    private void say(String message) {
        console.println("devstack| " + message);
    }

    /** Stops every part, last started first. */
    @Override
    public void close() {
        closing = true;
        watcher.shutdownNow();
        List<Supervised> reversed = new ArrayList<>(parts.values());
        Collections.reverse(reversed);
        reversed.forEach(Supervised::stop);
    }
}
