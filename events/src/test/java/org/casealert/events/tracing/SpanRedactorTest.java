package org.casealert.events.tracing;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

import static org.assertj.core.api.Assertions.assertThat;

class SpanRedactorTest {

    @Test
    void tokensInQueriesAndCallersAddressesDoNotLeaveTheService() {
        List<SpanData> exported = new CopyOnWriteArrayList<>();
        try (SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(new SpanRedactor())
                .addSpanProcessor(SimpleSpanProcessor.create(new Collecting(exported))).build()) {
            Tracer tracer = provider.get("test");
            Span span = tracer.spanBuilder("GET /api/v1/subscriptions/confirm")
                    .setAttribute("url.path", "/api/v1/subscriptions/confirm")
                    .setAttribute("url.query", "token=s3cr3t-token&lang=ko")
                    .setAttribute("url.full", "https://user:pw@idp.example/callback?code=abc#frag")
                    .setAttribute("client.address", "203.0.113.7").setAttribute("http.request.method", "GET")
                    .startSpan();
            span.end();
        }
        assertThat(exported).hasSize(1);
        SpanData span = exported.get(0);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.query")))
                .isEqualTo("token=redacted&lang=redacted");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.full")))
                .isEqualTo("https://idp.example/callback?code=redacted");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("client.address"))).isEqualTo("redacted");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.path"))).isEqualTo("/api/v1/subscriptions/confirm");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("http.request.method"))).isEqualTo("GET");
        assertThat(span.getAttributes().toString()).doesNotContain("s3cr3t", "203.0.113.7", "pw@", "abc");
    }

    @Test
    void queriesKeepTheirParameterNames() {
        assertThat(SpanRedactor.parameterNames("a=1&&b&c=")).isEqualTo("a=redacted&b=redacted&c=redacted");
        assertThat(SpanRedactor.withoutQueryValues("/q/x")).isEqualTo("/q/x");
    }

    private record Collecting(Collection<SpanData> into) implements SpanExporter {

        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            into.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
