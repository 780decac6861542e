package org.casealert.notify.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.notify.config.NotifyConfig;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;

/**
 * Sends what the composer prepared: mail through SMTP, webhooks signed per Standard Webhooks to the
 * address the target policy approved (connecting to that address, not to whatever the name resolves
 * to by then). Any answer but 2xx, or a timeout, is a failure.
 */
@ApplicationScoped
public class Transmitter {

    private static final AttributeKey<String> CHANNEL = AttributeKey.stringKey("casealert.delivery.channel");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");

    private final Mailer mailer;
    private final WebhookTargetPolicy policy;
    private final HttpClient http;
    private final Duration webhookTimeout;
    private final Clock clock;

    Transmitter(Mailer mailer, WebhookTargetPolicy policy, Vertx vertx, NotifyConfig config, Clock clock) {
        this.mailer = mailer;
        this.policy = policy;
        this.webhookTimeout = config.delivery().webhookTimeout();
        this.clock = clock;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) webhookTimeout.toMillis())
                .setForceSni(true)
                .setVerifyHost(true)
                .setMaxPoolSize(config.delivery().concurrency())
                // no client span of Vert.x's, which would record the subscriber's URL: the delivery's span stands
                .setTracingPolicy(TracingPolicy.IGNORE));
    }

    /**
     * Sends it within the current span (the delivery's), which records the channel and, for a webhook, the
     * status of the answer; never the address. A webhook request carries the span as {@code traceparent}.
     */
    public void send(Outgoing outgoing, String deliveryId) throws DeliveryFailure {
        if (outgoing instanceof Outgoing.Email email) {
            Span.current().setAttribute(CHANNEL, "email");
            mail(email, deliveryId);
        } else if (outgoing instanceof Outgoing.Webhook webhook) {
            Span.current().setAttribute(CHANNEL, "webhook");
            post(webhook);
        }
    }

    private void mail(Outgoing.Email email, String deliveryId) throws DeliveryFailure {
        Mail mail = Mail.withText(email.to(), email.subject(), email.text()).addHeader("X-Case-Alert-Delivery",
                deliveryId);
        email.headers().forEach(mail::addHeader);
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            throw new DeliveryFailure("SMTP: " + e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    private void post(Outgoing.Webhook webhook) throws DeliveryFailure {
        WebhookTargetPolicy.Target target;
        try {
            target = policy.check(webhook.url());
        } catch (WebhookTargetPolicy.RefusedTarget e) {
            throw new DeliveryFailure("refused target: " + e.getMessage(), true);
        }
        boolean https = "https".equalsIgnoreCase(target.uri().getScheme());
        int port = target.uri().getPort() > 0 ? target.uri().getPort() : https ? 443 : 80;
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/"
                : target.uri().getRawPath();
        if (target.uri().getRawQuery() != null) {
            path += "?" + target.uri().getRawQuery();
        }
        long timestamp = clock.instant().getEpochSecond();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, target.address().getHostAddress()))
                .setHost(target.uri().getHost()).setPort(port).setSsl(https).setURI(path)
                .setTimeout(webhookTimeout.toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "case-alert-notify")
                .putHeader("webhook-id", webhook.messageId())
                .putHeader("webhook-timestamp", String.valueOf(timestamp))
                .putHeader("webhook-signature", webhook.secrets().stream()
                        .map(secret -> WebhookSignature.sign(secret, webhook.messageId(), timestamp, webhook.body()))
                        .collect(Collectors.joining(" ")));
        W3CTraceContextPropagator.getInstance().inject(Context.current(), request, RequestOptions::putHeader);
        int status;
        try {
            status = http.request(request).compose(call -> call.send(Buffer.buffer(webhook.body())))
                    .map(response -> response.statusCode()).toCompletionStage().toCompletableFuture()
                    .get(webhookTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new DeliveryFailure("webhook: " + e.getCause().getClass().getSimpleName() + ": "
                    + e.getCause().getMessage(), false);
        } catch (TimeoutException e) {
            throw new DeliveryFailure("webhook: no answer within " + webhookTimeout.toSeconds() + " s", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted", false);
        }
        Span.current().setAttribute(STATUS, (long) status);
        if (status / 100 != 2) {
            throw new DeliveryFailure("webhook answered HTTP " + status, false);
        }
    }
}
