package org.casealert.events.outbox;

/** Fired when a transaction wrote to the outbox; once it commits, the relay wakes up. */
public record OutboxWritten() {
}
