package org.casealert.devstack.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * One piece of infrastructure per test JVM. Quarkus may load test resources and tests in different
 * class loaders, each with its own statics; the registry therefore lives in this class as loaded by
 * the system class loader, and what is shared is made only of JDK types (strings, {@link Runnable},
 * {@link Supplier}), which every class loader sees alike.
 */
public final class JvmWide {

    /** Read through the system class loader's copy of this class only. */
    public static final ConcurrentMap<String, Object> ENTRIES = new ConcurrentHashMap<>();

    private JvmWide() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> computeIfAbsent(String key, Supplier<Map<String, Object>> factory) {
        ConcurrentMap<String, Object> registry = registry();
        synchronized (registry) {
            return (Map<String, Object>) registry.computeIfAbsent(key, absent -> factory.get());
        }
    }

    static void onExit(String name, Runnable action) {
        Runtime.getRuntime().addShutdownHook(new Thread(action, "devstack-stop-" + name));
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentMap<String, Object> registry() {
        try {
            Class<?> anchor = Class.forName(JvmWide.class.getName(), true, ClassLoader.getSystemClassLoader());
            return (ConcurrentMap<String, Object>) anchor.getField("ENTRIES").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return ENTRIES; // this class loader's copy: still one per loader
        }
    }
}
