package org.casealert.devstack.process;

/** A part of the devstack the launcher keeps running, and that the control API can stop, start or kill. */
public interface Supervised {

    String name();

    /** Starts the part; returns when it serves. */
    void start();

    /** Stops the part gracefully. */
    void stop();

    /** Kills the part at once (SIGKILL), as a crash would. */
    void kill();

    boolean isAlive();
}
