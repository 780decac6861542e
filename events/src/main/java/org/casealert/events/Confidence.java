package org.casealert.events;

/** How well a case is supported: one hotline's word, or several hotlines' independent reports. */
public enum Confidence {
    SINGLE_SOURCE,
    CORROBORATED
}
