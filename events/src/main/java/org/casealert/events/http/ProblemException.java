package org.casealert.events.http;

import java.util.List;
import java.util.Map;

/** An outcome the service answers with a problem: not found, conflict, rate limited and the like. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, String> headers;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String title, String detail, Map<String, String> headers,
            List<Problem.Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.headers = headers;
        this.violations = violations;
    }

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, Map.of(), List.of());
    }

    /** A value that breaks a rule the annotations cannot express (a query parameter, a reference). */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(422, "Unprocessable Content", "the request breaks 1 rule(s)", Map.of(),
                List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not Found", what + " does not exist or is not yours to see");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException tooManyRequests(long retryAfterSeconds) {
        return new ProblemException(429, "Too Many Requests", "slow down; retry after " + retryAfterSeconds + " s",
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)), List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
