package org.casealert.events.http;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.casealert.events.crypto.SealedDataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one mapping from failures to {@code application/problem+json} for every service: 400 for JSON
 * that cannot be read or names an unknown field, 422 for values that break a rule (with each field's
 * path), 401/403 for credentials and roles, and the status of any HTTP or {@link ProblemException}.
 * Messages never quote request values: they may be names.
 */
public class ProblemMapping {

    private static final Logger LOG = Logger.getLogger(ProblemMapping.class);
    private static final String VALIDATION = "urn:case-alert:problem:validation";

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException exception) {
        if (exception.getConstraintViolations().stream().anyMatch(violation -> violation.getConstraintDescriptor()
                .getPayload().contains(RequiredBody.class))) {
            return problem(400, "Bad Request", RequiredBody.MESSAGE, List.of());
        }
        List<Problem.Violation> violations = exception.getConstraintViolations().stream()
                .filter(violation -> !isReturnValue(violation))
                .map(violation -> new Problem.Violation(fieldPath(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        if (violations.isEmpty()) {
            LOG.error("a response broke its own constraints");
            return problem(500, "Internal Server Error", "the service produced an invalid response", List.of());
        }
        return problem(422, "Unprocessable Content", "the request breaks " + violations.size() + " rule(s)", violations);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownField(UnrecognizedPropertyException exception) {
        String field = jsonPath(exception);
        return problem(400, "Bad Request", "unknown field '" + field + "'",
                List.of(new Problem.Violation(field, "unknown field")));
    }

    @ServerExceptionMapper(priority = 2)
    public Response wrongType(MismatchedInputException exception) {
        String field = jsonPath(exception);
        if (field.isEmpty()) {
            return problem(400, "Bad Request", "the body is not the JSON object this endpoint takes", List.of());
        }
        String message;
        if (exception.getTargetType() == String.class) {
            message = "must be a string without NUL characters";
        } else if (exception.getTargetType() == Instant.class) {
            message = "must be an RFC 3339 time, e.g. 2026-11-20T08:30:00Z";
        } else if (exception.getTargetType() == LocalDate.class) {
            message = "must be a date, e.g. 2026-11-20";
        } else if (exception.getTargetType() != null && exception.getTargetType().isEnum()) {
            message = "must be one of " + List.of(exception.getTargetType().getEnumConstants());
        } else {
            message = "must be " + (exception.getTargetType() == null ? "of another type"
                    : "a value of type " + exception.getTargetType().getSimpleName());
        }
        return problem(422, "Unprocessable Content", "a field has a value of the wrong type",
                List.of(new Problem.Violation(field, message)));
    }

    @ServerExceptionMapper(priority = 3)
    public Response malformed(JsonProcessingException exception) {
        return problem(400, "Bad Request", "the body is not well-formed JSON", List.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException exception) {
        return challenge();
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException exception) {
        return challenge();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        return problem(403, "Forbidden", "your role does not allow this", List.of());
    }

    /** Sealed data that does not open is a fault of ours, said as such; what it held never reaches the answer. */
    @ServerExceptionMapper
    public Response unsealable(SealedDataException exception) {
        LOG.error("sealed data could not be opened (wrong key or context); see the data's origin");
        return problem(500, "Internal Server Error", "stored data could not be opened; operators have been told",
                List.of());
    }

    @ServerExceptionMapper
    public Response outcome(ProblemException exception) {
        String type = exception.status() == 422 ? VALIDATION : "about:blank";
        Response.ResponseBuilder response = Response.status(exception.status()).type(Problem.MEDIA_TYPE).entity(
                new Problem(type, exception.title(), exception.status(), exception.getMessage(), exception.violations()));
        exception.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException exception) {
        // the JSON reader wraps some Jackson failures in a bare 400: answer them like the unwrapped ones
        if (exception.getCause() instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (exception.getCause() instanceof MismatchedInputException mismatch) {
            return wrongType(mismatch);
        }
        if (exception.getCause() instanceof JsonProcessingException malformed) {
            return malformed(malformed);
        }
        int status = exception.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, title, null));
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    private static Response challenge() {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new Problem("about:blank", "Unauthorized", 401,
                        "send a bearer token (Authorization: Bearer ...) or a hotline key (X-Api-Key)", null))
                .build();
    }

    private static Response problem(int status, String title, String detail, List<Problem.Violation> violations) {
        String type = status == 422 ? VALIDATION : "about:blank";
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, violations)).build();
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** {@code submit.report.detainees[0].birthYear} → {@code detainees[0].birthYear}; {@code list.limit} → {@code limit}. */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.isInIterable() && field.length() > 0) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        // a rule on a query parameter names the parameter; a rule inside the body names the body's field
        return field.length() > 0 ? field.toString() : parameter;
    }

    private static String jsonPath(JsonMappingException exception) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
