package org.casealert.events.tracing;

import java.util.function.UnaryOperator;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Keeps what spans must not carry out of them, before any exporter sees them: the values of query
 * parameters (subscription tokens, search terms, OIDC codes) leave only their names, and the addresses of
 * callers (a hotline's network) are not recorded. Request bodies, headers and SQL parameters are never
 * recorded by the instrumentation in use; webhook calls have a span of their own without their URL.
 */
@Singleton
public class SpanRedactor implements SpanProcessor {

    static final String REDACTED = "redacted";
    private static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> HTTP_URL = AttributeKey.stringKey("http.url");
    private static final AttributeKey<String> HTTP_TARGET = AttributeKey.stringKey("http.target");
    private static final AttributeKey<String> CLIENT_ADDRESS = AttributeKey.stringKey("client.address");
    private static final AttributeKey<String> PEER_ADDRESS = AttributeKey.stringKey("network.peer.address");
    private static final AttributeKey<String> FORWARDED_FOR = AttributeKey.stringKey("http.client_ip");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        replace(span, URL_QUERY, SpanRedactor::parameterNames);
        replace(span, URL_FULL, SpanRedactor::withoutQueryValues);
        replace(span, HTTP_URL, SpanRedactor::withoutQueryValues);
        replace(span, HTTP_TARGET, SpanRedactor::withoutQueryValues);
        replace(span, CLIENT_ADDRESS, value -> REDACTED);
        replace(span, PEER_ADDRESS, value -> REDACTED);
        replace(span, FORWARDED_FOR, value -> REDACTED);
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    private static void replace(ReadWriteSpan span, AttributeKey<String> key,
            UnaryOperator<String> redaction) {
        String value = span.getAttribute(key);
        if (value != null) {
            span.setAttribute(key, redaction.apply(value));
        }
    }

    /** "token=abc&limit=5" → "token=redacted&limit=redacted". */
    static String parameterNames(String query) {
        StringBuilder names = new StringBuilder();
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            if (names.length() > 0) {
                names.append('&');
            }
            names.append(equals < 0 ? parameter : parameter.substring(0, equals)).append('=').append(REDACTED);
        }
        return names.toString();
    }

    /** The address or target with its query's values redacted, its fragment and user info dropped. */
    static String withoutQueryValues(String url) {
        int hash = url.indexOf('#');
        String rest = hash < 0 ? url : url.substring(0, hash);
        int question = rest.indexOf('?');
        String base = question < 0 ? rest : rest.substring(0, question);
        int scheme = base.indexOf("://");
        int at = base.indexOf('@');
        int slash = scheme < 0 ? -1 : base.indexOf('/', scheme + 3);
        if (scheme >= 0 && at > scheme && (slash < 0 || at < slash)) {
            base = base.substring(0, scheme + 3) + base.substring(at + 1);
        }
        return question < 0 ? base : base + "?" + parameterNames(rest.substring(question + 1));
    }
}
