package org.casealert.notify.delivery;

import java.util.List;
import java.util.Map;

/** A delivery made ready to send: everything read and opened inside a transaction, sent outside it. */
public sealed interface Outgoing {

    record Email(String to, String subject, String text, Map<String, String> headers) implements Outgoing {
        @Override
        public String toString() {
            return "Email"; // never the address or the text
        }
    }

    /** {@code secrets}: each signs (during a rotation, the new secret and the previous one). */
    record Webhook(String url, List<String> secrets, String messageId, String body) implements Outgoing {

        public Webhook(String url, String secret, String messageId, String body) {
            this(url, List.of(secret), messageId, body);
        }

        @Override
        public String toString() {
            return "Webhook"; // never the URL, the secret or the body
        }
    }
}
