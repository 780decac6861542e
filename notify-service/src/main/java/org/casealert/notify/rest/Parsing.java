package org.casealert.notify.rest;

import java.util.List;

import org.casealert.events.http.ProblemException;

/** Query parameters that name enum values: a wrong one is a 422 naming the parameter, not a 404. */
final class Parsing {

    private Parsing() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + List.of(type.getEnumConstants()));
        }
    }
}
