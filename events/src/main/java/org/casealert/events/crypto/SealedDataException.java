package org.casealert.events.crypto;

/** A sealed value that cannot be opened: wrong key, wrong context, or tampered with. */
public class SealedDataException extends RuntimeException {

    public SealedDataException(String message) {
        super(message);
    }
}
