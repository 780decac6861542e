package org.casealert.intake.security;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;

import org.casealert.events.audit.Actor;
import org.casealert.events.http.Roles;
import org.casealert.intake.config.IntakeConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, in the terms of the intake service: an operator, or a hotline (named by its API key,
 * or by the hotline claim of a hotline user's token).
 */
@RequestScoped
public class Caller {

    static final String HOTLINE_ATTRIBUTE = "hotline";
    private static final String OPERATOR_SUBMITTER = "operator";

    private final SecurityIdentity identity;
    private final IntakeConfig config;

    Caller(SecurityIdentity identity, IntakeConfig config) {
        this.identity = identity;
        this.config = config;
    }

    public boolean isOperator() {
        return identity.hasRole(Roles.OPERATOR);
    }

    public Optional<String> hotlineId() {
        if (!identity.hasRole(Roles.HOTLINE)) {
            return Optional.empty();
        }
        String fromKey = identity.getAttribute(HOTLINE_ATTRIBUTE);
        if (fromKey != null) {
            return Optional.of(fromKey);
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return Optional.ofNullable(token.<Object> getClaim(config.hotlineClaim())).map(Object::toString);
        }
        return Optional.empty();
    }

    /** The hotline a report is filed under: the caller's hotline, or "operator" for operators. */
    public String submitter() {
        return hotlineId().or(() -> isOperator() ? Optional.of(OPERATOR_SUBMITTER) : Optional.empty())
                .orElseThrow(() -> new ForbiddenException("a hotline token must name its hotline"));
    }

    /** The case-alert roles the caller has. */
    public List<String> roles() {
        return Stream.of(Roles.HOTLINE, Roles.ADVOCATE, Roles.OPERATOR).filter(identity::hasRole).toList();
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    /** The caller as the audit log names it. */
    public Actor actor() {
        return Actor.of(identity);
    }
}
