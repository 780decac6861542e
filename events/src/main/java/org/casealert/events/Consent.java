package org.casealert.events;

/** What the person concerned or their family agreed to. */
public record Consent(boolean appealsToUn, boolean publicAdvocacy) {

    public static final Consent NONE = new Consent(false, false);

    public Consent or(Consent other) {
        return new Consent(appealsToUn || other.appealsToUn, publicAdvocacy || other.publicAdvocacy);
    }
}
