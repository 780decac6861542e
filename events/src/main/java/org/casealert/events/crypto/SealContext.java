package org.casealert.events.crypto;

/**
 * The associated data each sealed value is bound to. Every service that opens a value must name the
 * same record, so a sealed value copied to another record, or another detainee, does not open.
 */
public final class SealContext {

    private SealContext() {
    }

    public static String detainee(String reportId, int index) {
        return "report:" + reportId + ":detainee:" + index;
    }

    public static String narrative(String reportId) {
        return "report:" + reportId + ":narrative";
    }

    /** What an operator wrote about a case for letters, bound to the case. */
    public static String appealSummary(String caseId) {
        return "case:" + caseId + ":appeal-summary";
    }

    public static String caseParticulars(String alertId) {
        return "alert:" + alertId + ":particulars";
    }
}
