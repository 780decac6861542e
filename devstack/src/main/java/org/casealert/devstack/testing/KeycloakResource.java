package org.casealert.devstack.testing;

import java.util.Map;

import org.casealert.devstack.keycloak.KeycloakServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Sign-in through the test JVM's Keycloak ({@link TestKeycloak}) for the test classes that need it; the others run
 * without it. Turns on the service's {@code web} OIDC tenant (authorization-code flow) for the client named by the
 * init arg {@code client} ({@code intake}, {@code alert} or {@code notify}), and puts the service on the port the
 * realm's redirect URIs name. Bearer tokens stay those of {@link DevstackResource}. Use it with
 * {@code scope = TestResourceScope.MATCHING_RESOURCES}, so the classes that sign in share one start of the service.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    private String client;

    @Override
    public void init(Map<String, String> initArgs) {
        client = initArgs.get("client");
        if (!KeycloakServer.CLIENT_SECRETS.containsKey(client)) {
            throw new IllegalArgumentException("KeycloakResource needs the init arg 'client', one of "
                    + KeycloakServer.CLIENT_SECRETS.keySet());
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.http.test-port", String.valueOf(TestKeycloak.servicePort()),
                "quarkus.oidc.web.tenant-enabled", "true",
                "quarkus.oidc.web.auth-server-url", TestKeycloak.issuer(),
                "quarkus.oidc.web.client-id", client + "-service",
                "quarkus.oidc.web.credentials.secret", KeycloakServer.CLIENT_SECRETS.get(client));
    }

    @Override
    public void stop() {
        // Keycloak serves every test class of the JVM; it stops with it
    }
}
