package org.casealert.events.http;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * What request JSON may hold beyond Jackson's defaults, so that no value can fail later as a server
 * error: strings without U+0000 (PostgreSQL cannot store it in text), and times and dates only as the
 * contract's strings, RFC 3339 and {@code YYYY-MM-DD} (a number would be read as an epoch count).
 */
@Singleton
public class StrictRequestJson implements ObjectMapperCustomizer {

    /** After Quarkus' own customizers: their Java time module would otherwise win over these readers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("strict-request-json")
                .addDeserializer(String.class, new NoNulStrings())
                .addDeserializer(Instant.class, new Textual<>(Instant.class, text -> OffsetDateTime.parse(text).toInstant()))
                .addDeserializer(LocalDate.class, new Textual<>(LocalDate.class, LocalDate::parse)));
    }

    static final class NoNulStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, "contains a NUL character", "(not shown)", String.class);
            }
            return value;
        }
    }

    /** A value read only from a JSON string in ISO form; anything else is a wrong value for the field. */
    static final class Textual<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> parse;

        Textual(Class<T> type, Function<String, T> parse) {
            super(type);
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw InvalidFormatException.from(parser, "not a string", "(not shown)", type);
            }
            try {
                return parse.apply(parser.getText().strip());
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(parser, "not an ISO date or time", "(not shown)", type);
            }
        }
    }
}
