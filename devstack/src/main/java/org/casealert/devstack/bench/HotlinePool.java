package org.casealert.devstack.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.casealert.devstack.launcher.HotlineSetup;

/**
 * Hotlines made for the benchmark, so that intake's per-hotline rate limit (a burst of
 * {@code intake.rate-limit.burst}, 300 by default, then 120 a minute) never shapes the load: each
 * hotline's key is used for at most {@code perHotline} reports, then the next hotline's. Hotlines are
 * made ahead of need by a background thread, so no measured request waits for one.
 */
final class HotlinePool implements AutoCloseable {

    private static final int AHEAD = 6;

    private final StackClient stack;
    private final String label;
    private final int perHotline;
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final AtomicLong used = new AtomicLong();
    private final Thread maker;
    private volatile boolean closed;

    private HotlinePool(StackClient stack, String label, int perHotline, int initial, boolean growing) {
        this.stack = stack;
        this.label = label;
        this.perHotline = perHotline;
        while (keys.size() < initial) {
            make();
        }
        this.maker = new Thread(this::keepAhead, "bench-hotlines");
        maker.setDaemon(true);
        if (growing) {
            maker.start();
        }
    }

    /** {@code count} hotlines, for reports spread over them with {@link #key(int)}. */
    static HotlinePool fixed(StackClient stack, String label, int count) {
        return new HotlinePool(stack, label, Integer.MAX_VALUE, count, false);
    }

    /** Hotlines made as reports need them, {@code perHotline} reports each, with {@link #nextKey()}. */
    static HotlinePool growing(StackClient stack, String label, int perHotline) {
        return new HotlinePool(stack, label, perHotline, AHEAD, true);
    }

    /** The key for the next report. */
    String nextKey() {
        int hotline = (int) (used.getAndIncrement() / perHotline);
        while (hotline >= keys.size()) {
            synchronized (this) {
                if (hotline >= keys.size()) {
                    make();
                }
            }
        }
        return keys.get(hotline);
    }

    /** The key of hotline {@code n % size()}. */
    String key(int n) {
        return keys.get(n % keys.size());
    }

    /** Hotlines made so far. */
    int size() {
        return keys.size();
    }

    private void keepAhead() {
        while (!closed) {
            try {
                synchronized (this) {
                    if (keys.size() - used.get() / perHotline < AHEAD) {
                        make();
                        continue;
                    }
                }
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!closed) {
                    System.err.println("bench: could not make a hotline: " + e.getMessage());
                }
                return;
            }
        }
    }

    private void make() {
        HotlineSetup.Hotline hotline = stack.newHotline("Benchmark " + label + " #" + (keys.size() + 1));
        keys.add(hotline.apiKey());
    }

    @Override
    public void close() {
        closed = true;
        maker.interrupt();
    }
}
