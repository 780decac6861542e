package org.casealert.notify.delivery;

import java.util.regex.Pattern;

/** An attempt that did not deliver; {@code permanent} when trying again cannot help. */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>\"'(),;:]+@[^\\s@<>\"'(),;:]+");
    private static final Pattern IPV4 = Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}(:\\d+)?\\b");
    private static final Pattern IPV6 = Pattern.compile("\\[?\\b[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}\\b\\]?(:\\d+)?");
    /** A host name: labels with a dot, ending in letters (so "HTTP 500" or "5.1.1" are kept). */
    private static final Pattern HOST = Pattern.compile("\\b([A-Za-z0-9-]+\\.)+[A-Za-z][A-Za-z0-9-]*\\b(:\\d+)?");

    /**
     * The message goes to logs and to operators (a delivery's {@code lastError}): e-mail addresses (SMTP errors quote
     * them), IP addresses and host names (a webhook's target says who an advocate is) are removed.
     */
    public DeliveryFailure(String message, boolean permanent) {
        super(redact(String.valueOf(message)), null, false, false);
        this.permanent = permanent;
    }

    static String redact(String message) {
        String text = ADDRESS.matcher(message).replaceAll("<address>");
        text = IPV4.matcher(text).replaceAll("<ip>");
        text = IPV6.matcher(text).replaceAll("<ip>");
        return HOST.matcher(text).replaceAll("<host>");
    }

    public boolean permanent() {
        return permanent;
    }
}
