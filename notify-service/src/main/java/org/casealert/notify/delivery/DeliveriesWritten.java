package org.casealert.notify.delivery;

/** Fired when a transaction created deliveries; once it commits, the worker wakes up. */
public record DeliveriesWritten() {
}
