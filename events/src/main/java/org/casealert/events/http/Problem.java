package org.casealert.events.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An error as RFC 9457 problem details, with the offending fields for validation failures. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }
}
