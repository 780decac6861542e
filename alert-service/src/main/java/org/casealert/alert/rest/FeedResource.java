package org.casealert.alert.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.casealert.alert.feed.FeedDocuments;
import org.casealert.alert.feed.PublicAlerts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public feeds: no credentials, the only such endpoints of this service besides health. Only cases whose every
 * person consented to public advocacy, and of them only level, province, crossing and counts.
 */
@Path("/feeds")
@PermitAll
@Tag(name = "Public feeds", description = "Public, no credentials: pseudonymised alerts for cases whose people all consented to public advocacy (level, province, crossing and counts only).")
@SecurityRequirements
public class FeedResource {

    private final PublicAlerts alerts;

    FeedResource(PublicAlerts alerts) {
        this.alerts = alerts;
    }

    @GET
    @Path("alerts.atom")
    @Produces(FeedDocuments.ATOM_TYPE)
    @Operation(summary = "Public alerts as Atom (public, no credentials)")
    public Response atom(@Context UriInfo uri) {
        return feed(alerts.atom(uri.getRequestUri().toString()));
    }

    @GET
    @Path("alerts.cap")
    @Produces(FeedDocuments.ATOM_TYPE)
    @Operation(summary = "Public alerts as CAP 1.2 (public, no credentials)", description = "An Atom feed whose entries each hold one CAP 1.2 alert (content type application/cap+xml).")
    public Response cap(@Context UriInfo uri) {
        return feed(alerts.cap(uri.getRequestUri().toString()));
    }

    private static Response feed(String document) {
        return Response.ok(document).header("Cache-Control", "public, max-age=60").build();
    }
}
