package org.casealert.intake.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.http.Roles;
import org.casealert.intake.hotline.HotlineService;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a valid, unrevoked hotline key into the identity of its hotline, in the role {@code hotline}. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private final HotlineService hotlines;

    ApiKeyIdentityProvider(HotlineService hotlines) {
        this.hotlines = hotlines;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> hotlines.authenticate(request.key())
                .map(holder -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("hotline:" + holder.hotlineId() + ":key:" + holder.keyId()))
                        .addRole(Roles.HOTLINE)
                        .addAttribute(Caller.HOTLINE_ATTRIBUTE, holder.hotlineId())
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked hotline key")));
    }
}
