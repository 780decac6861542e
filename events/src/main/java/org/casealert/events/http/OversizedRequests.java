package org.casealert.events.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * A request declaring a body over {@code quarkus.http.limits.max-body-size} is answered 413 as
 * problem+json before anything reads it. (A chunked body that grows past the limit is cut off by
 * Quarkus itself, with a bare 413.)
 */
@ApplicationScoped
public class OversizedRequests {

    private static final String PROBLEM = """
            {"type":"about:blank","title":"Content Too Large","status":413,"detail":"the body is over %d KiB"}""";

    private final long limit;

    OversizedRequests(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        String problem = PROBLEM.formatted(limit / 1024);
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && declaredLength(length) > limit) {
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(problem);
            } else {
                context.next();
            }
        });
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // let the server refuse it as it does any malformed request
        }
    }
}
