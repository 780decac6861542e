package org.casealert.devstack.watchdog;

import java.util.concurrent.TimeUnit;

/**
 * Java agent for the devstack's child JVMs (the broker and the services): when the process that
 * started this JVM ends, even by SIGKILL, this JVM exits too, so nothing outlives the launcher or a
 * killed build. It first exits normally (shutdown hooks run) and halts if that takes too long.
 */
public final class ParentWatchdog {

    private static final long GRACE_SECONDS = 15;

    private ParentWatchdog() {
    }

    public static void premain(String args) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(ParentWatchdog::exit));
    }

    private static void exit() {
        Thread halter = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(GRACE_SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(1);
        }, "parent-watchdog-halt");
        halter.setDaemon(true);
        halter.start();
        System.exit(1);
    }
}
