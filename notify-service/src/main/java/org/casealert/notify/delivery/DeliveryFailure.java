package org.casealert.notify.delivery;

import java.util.regex.Pattern;

/** An attempt that did not deliver; {@code permanent} when trying again cannot help. */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>\"'(),;:]+@[^\\s@<>\"'(),;:]+");

    /** The message goes to logs and to operators: e-mail addresses in it (SMTP errors quote them) are removed. */
    public DeliveryFailure(String message, boolean permanent) {
        super(ADDRESS.matcher(String.valueOf(message)).replaceAll("<address>"), null, false, false);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
