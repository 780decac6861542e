package org.casealert.events;

/** A value on a topic that can never be processed, however often it is retried. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        // the cause may quote the payload, which can hold sealed data; keep only its type
        super(cause == null ? message : message + " (" + cause.getClass().getSimpleName() + ")");
    }
}
