package org.casealert.intake.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The key a hotline integration sent in {@code X-Api-Key}. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return "ApiKeyAuthenticationRequest"; // never the key
    }
}
