package org.casealert.events;

/**
 * Who can consent for a detained person: the person, the family, or a legal representative. A broker, a
 * witness, a partner organisation or the media relaying a story cannot consent for someone else.
 */
public enum ConsentGiver {
    DETAINEE,
    FAMILY,
    LEGAL_REPRESENTATIVE;

    /** Who consents when a report's source answers without naming anyone: only the person or the family. */
    public static ConsentGiver impliedBy(SourceKind source) {
        return switch (source) {
            case DETAINEE -> DETAINEE;
            case FAMILY -> FAMILY;
            default -> null;
        };
    }
}
