package org.casealert.events.http;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every API call of every service shares: an id no resource can have (a NUL, which PostgreSQL cannot even
 * compare, or more than {@value #LONGEST_ID} characters) is answered 404, and a query parameter with a NUL 422,
 * before either reaches the database; and no answer is kept by a cache unless it says otherwise, since reports and
 * cases carry names and key answers carry keys.
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
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            if (name.indexOf('\0') >= 0 || values.stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                throw ProblemException.invalid(name.replace('\0', '?'), "must not contain a NUL character");
            }
        });
    }

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
