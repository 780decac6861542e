package org.casealert.events;

/**
 * How well a case is supported: one source, or several independent ones. Reports count as one source when they come
 * from one hotline's own source, relay brokers (or the media) through however many hotlines, or carry the same
 * external reference (a report passed on from hotline to hotline).
 */
public enum Confidence {
    SINGLE_SOURCE,
    CORROBORATED
}
