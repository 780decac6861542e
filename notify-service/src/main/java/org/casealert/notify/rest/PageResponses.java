package org.casealert.notify.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The subscription pages' answers: nothing but this service's own stylesheet may load (no script at all), no other
 * site may frame them, and no browser may guess their type; they carry tokens, so they are not cached or referred.
 */
final class PageResponses {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private PageResponses() {
    }

    static Response html(int status, String html) {
        return secured(Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html))
                .header("Cache-Control", "no-store").build();
    }

    static Response.ResponseBuilder secured(Response.ResponseBuilder response) {
        return response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
    }
}
