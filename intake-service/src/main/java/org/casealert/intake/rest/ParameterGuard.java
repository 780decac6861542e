package org.casealert.intake.rest;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.casealert.events.http.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every API call of intake shares: an id no resource can have (a NUL, which PostgreSQL cannot even
 * compare, or more than {@value #LONGEST_ID} characters) is answered 404 before it reaches the database,
 * and no answer of the API is kept by a cache, since reports carry names and key answers carry keys.
 */
public class ParameterGuard {

    static final int LONGEST_ID = 200;

    @ServerRequestFilter
    public void ids(ContainerRequestContext request) {
        boolean impossible = request.getUriInfo().getPathParameters().values().stream().flatMap(List::stream)
                .anyMatch(value -> value.indexOf('\0') >= 0 || value.length() > LONGEST_ID);
        if (impossible) {
            throw ProblemException.notFound("this resource");
        }
    }

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
