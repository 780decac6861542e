package org.casealert.events.http;

import jakarta.validation.Payload;

/**
 * Marks the {@code @NotNull} of a request body: a request without one cannot be read, so it is a 400,
 * not a 422. Use as {@code @NotNull(message = RequiredBody.MESSAGE, payload = RequiredBody.class)}.
 */
public interface RequiredBody extends Payload {

    String MESSAGE = "a JSON body is required";
}
