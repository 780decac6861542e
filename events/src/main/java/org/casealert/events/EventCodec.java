package org.casealert.events;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON serde of the events. Readers ignore fields they do not know, so producers can add fields
 * without breaking consumers; a value that is not an event of the expected type and schema
 * version is a {@link MalformedEventException}.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DetentionReported readDetentionReported(String json) {
        DetentionReported event = read(json, DetentionReported.class);
        check(DetentionReported.TYPE.equals(event.type()) && event.schemaVersion() == DetentionReported.SCHEMA_VERSION
                && event.eventId() != null && event.reportId() != null && event.detainees() != null
                && event.detention() != null, "not a DetentionReported v1 event");
        return event;
    }

    /** A CaseAlert with everything every alert carries; a consumer could not act on one without it. */
    public static CaseAlert readCaseAlert(String json) {
        CaseAlert alert = read(json, CaseAlert.class);
        check(CaseAlert.TYPE.equals(alert.type()) && alert.schemaVersion() == CaseAlert.SCHEMA_VERSION
                && alert.eventId() != null && alert.kind() != null && alert.caseSummary() != null,
                "not a CaseAlert v1 event");
        CaseSummary summary = alert.caseSummary();
        check(alert.occurredAt() != null && summary.id() != null && !summary.id().isBlank()
                && summary.reference() != null && summary.level() != null && summary.stage() != null
                && summary.confidence() != null && summary.reasons() != null,
                "a CaseAlert without occurredAt, or a case without id, reference, level, stage, confidence or reasons");
        return alert;
    }

    public static <T> T read(String json, Class<T> type) {
        if (json == null) {
            throw new MalformedEventException("empty value", null);
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new MalformedEventException("unreadable " + type.getSimpleName(), e);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new MalformedEventException(message, null);
        }
    }
}
