package org.casealert.events.crypto;

import java.util.Locale;

/**
 * A leg personal data travels, each with a key ring of its own. A service holds the rings of the legs it
 * is on and no other, so the service most exposed (notify: public sign-up, outbound HTTP) opens nothing
 * that came from intake. Each sealed value names its hop, and the hop is bound into its associated data:
 * a key of one hop never opens another's values, even if an operator gave both the same bytes.
 */
public enum Hop {

    /** intake → alert: detainees' particulars and narratives, and what intake and alert keep at rest. */
    REPORTS,

    /** alert → notify: the particulars recipients may see, and what notify keeps at rest. */
    ALERTS;

    /** The hop's name in sealed values and in configuration ({@code casealert.crypto.<id>.*}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
