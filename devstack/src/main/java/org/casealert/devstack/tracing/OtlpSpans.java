package org.casealert.devstack.tracing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the spans of an OTLP/HTTP {@code ExportTraceServiceRequest} (protobuf), with no protobuf library:
 * the few fields a developer or a test looks at (service, trace, span, parent, name, kind, attributes as
 * strings), from the wire format. Fields it does not know are skipped.
 */
public final class OtlpSpans {

    /** One span as received: ids in lower-case hex, attributes' values as text. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
            int kind, Map<String, String> attributes) {
    }

    private OtlpSpans() {
    }

    public static List<ReceivedSpan> read(byte[] request) {
        List<ReceivedSpan> spans = new ArrayList<>();
        Wire wire = new Wire(request, 0, request.length);
        while (wire.more()) {
            int field = wire.tag();
            if (field == 1 && wire.type() == 2) {
                resourceSpans(wire.message(), spans);
            } else {
                wire.skip();
            }
        }
        return spans;
    }

    private static void resourceSpans(Wire wire, List<ReceivedSpan> spans) {
        String service = null;
        List<Wire> scopes = new ArrayList<>();
        while (wire.more()) {
            int field = wire.tag();
            if (field == 1 && wire.type() == 2) {
                Map<String, String> resource = new LinkedHashMap<>();
                Wire attributes = wire.message();
                while (attributes.more()) {
                    if (attributes.tag() == 1 && attributes.type() == 2) {
                        keyValue(attributes.message(), resource);
                    } else {
                        attributes.skip();
                    }
                }
                service = resource.get("service.name");
            } else if (field == 2 && wire.type() == 2) {
                scopes.add(wire.message());
            } else {
                wire.skip();
            }
        }
        for (Wire scope : scopes) {
            while (scope.more()) {
                if (scope.tag() == 2 && scope.type() == 2) {
                    spans.add(span(scope.message(), service));
                } else {
                    scope.skip();
                }
            }
        }
    }

    private static ReceivedSpan span(Wire wire, String service) {
        String traceId = null;
        String spanId = null;
        String parent = null;
        String name = null;
        int kind = 0;
        Map<String, String> attributes = new LinkedHashMap<>();
        while (wire.more()) {
            int field = wire.tag();
            switch (field) {
                case 1 -> traceId = HexFormat.of().formatHex(wire.bytes());
                case 2 -> spanId = HexFormat.of().formatHex(wire.bytes());
                case 4 -> {
                    byte[] id = wire.bytes();
                    parent = id.length == 0 ? null : HexFormat.of().formatHex(id);
                }
                case 5 -> name = wire.string();
                case 6 -> kind = (int) wire.varint();
                case 9 -> keyValue(wire.message(), attributes);
                default -> wire.skip();
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parent, name, kind, attributes);
    }

    /** KeyValue { string key = 1; AnyValue value = 2; }, the value rendered as text. */
    private static void keyValue(Wire wire, Map<String, String> into) {
        String key = null;
        String value = null;
        while (wire.more()) {
            int field = wire.tag();
            if (field == 1 && wire.type() == 2) {
                key = wire.string();
            } else if (field == 2 && wire.type() == 2) {
                value = anyValue(wire.message());
            } else {
                wire.skip();
            }
        }
        if (key != null) {
            into.put(key, value);
        }
    }

    /** AnyValue: string 1, bool 2, int 3, double 4; arrays, lists and bytes as their raw text. */
    private static String anyValue(Wire wire) {
        String value = null;
        while (wire.more()) {
            int field = wire.tag();
            switch (field) {
                case 1 -> value = wire.string();
                case 2 -> value = String.valueOf(wire.varint() != 0);
                case 3 -> value = String.valueOf(wire.varint());
                case 4 -> value = String.valueOf(Double.longBitsToDouble(wire.fixed64()));
                default -> {
                    if (wire.type() == 2) {
                        value = new String(wire.bytes(), StandardCharsets.UTF_8);
                    } else {
                        wire.skip();
                    }
                }
            }
        }
        return value;
    }

    /** The protobuf wire format over a slice of bytes. */
    private static final class Wire {

        private final byte[] data;
        private final int end;
        private int at;
        private int type;

        Wire(byte[] data, int from, int end) {
            this.data = data;
            this.at = from;
            this.end = end;
        }

        boolean more() {
            return at < end;
        }

        int tag() {
            long tag = varint();
            type = (int) (tag & 7);
            return (int) (tag >>> 3);
        }

        int type() {
            return type;
        }

        long varint() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = data[at++];
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("malformed varint");
        }

        long fixed64() {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value |= (data[at++] & 0xffL) << (8 * i);
            }
            return value;
        }

        Wire message() {
            int length = (int) varint();
            Wire inner = new Wire(data, at, at + length);
            at += length;
            return inner;
        }

        byte[] bytes() {
            int length = (int) varint();
            byte[] bytes = Arrays.copyOfRange(data, at, at + length);
            at += length;
            return bytes;
        }

        String string() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        void skip() {
            switch (type) {
                case 0 -> varint();
                case 1 -> at += 8;
                case 2 -> {
                    int length = (int) varint(); // read first: "at += varint()" would add to the old position
                    at += length;
                }
                case 5 -> at += 4;
                default -> throw new IllegalArgumentException("unsupported wire type " + type);
            }
        }
    }
}
