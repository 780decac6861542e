package org.casealert.devstack.tracing;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OtlpSpansTest {

    /**
     * An ExportTraceServiceRequest as the OpenTelemetry SDK 1.57 marshals it (TraceRequestMarshaler): service
     * "svc", a span "hello" with attributes k=v and n=5, and its child "child".
     */
    private static final String REQUEST = "0ac0010a170a150a0c736572766963652e6e616d6512050a0373766312a4010a030a0174124"
            + "90a10608c0a541da47b5dcf6a6e51ad8004291208859f1706166754d62208d7b90f56debb90712a056368696c64300139cf43bb"
            + "e0f931ed18418354bbe0f931ed187a0085010101000012520a10608c0a541da47b5dcf6a6e51ad8004291208d7b90f56debb90"
            + "712a0568656c6c6f300139bbe0b1e0f931ed18413681d6e0f931ed184a070a016e120218054a080a016b12030a01767a008501"
            + "01010000";

    @Test
    void readsTheSpansOfAnSdkExport() {
        List<OtlpSpans.ReceivedSpan> spans = OtlpSpans.read(HexFormat.of().parseHex(REQUEST));

        assertEquals(2, spans.size());
        OtlpSpans.ReceivedSpan child = spans.get(0);
        OtlpSpans.ReceivedSpan parent = spans.get(1);
        assertEquals("svc", child.service());
        assertEquals("child", child.name());
        assertEquals("hello", parent.name());
        assertEquals("608c0a541da47b5dcf6a6e51ad800429", child.traceId());
        assertEquals(child.traceId(), parent.traceId());
        assertEquals("d7b90f56debb9071", parent.spanId());
        assertEquals(parent.spanId(), child.parentSpanId());
        assertNull(parent.parentSpanId());
        assertEquals(1, parent.kind());
        assertEquals(Map.of("k", "v", "n", "5"), parent.attributes());
    }
}
