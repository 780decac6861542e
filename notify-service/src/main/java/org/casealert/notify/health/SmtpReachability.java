package org.casealert.notify.health;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.Wellness;

/**
 * Whether the SMTP relay takes connections. A health check on {@code /q/health/well} (and {@code /q/health}),
 * not readiness: with the relay away, mail waits in the delivery table and is retried, while the API (approving
 * appeals, webhooks) goes on.
 */
@ApplicationScoped
@Wellness
public class SmtpReachability implements HealthCheck {

    private static final int TIMEOUT_MILLIS = 2000;

    private final String host;
    private final int port;

    SmtpReachability(@ConfigProperty(name = "quarkus.mailer.host") String host,
            @ConfigProperty(name = "quarkus.mailer.port") int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            reachable = true;
        } catch (IOException e) {
            reachable = false;
        }
        return HealthCheckResponse.named("smtp").status(reachable).withData("relay", host + ":" + port).build();
    }
}
