package org.casealert.events;

import java.util.List;

/** The personal fields of one detainee; only ever stored or sent sealed. */
public record PersonalDetails(String name, String nameHangul, List<String> aliases, String hometown, String notes) {
}
