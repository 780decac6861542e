package org.casealert.events;

/** Kafka topics of the contract. */
public final class Topics {
    public static final String DETENTION_REPORTS = "detention-reports";
    public static final String CASE_ALERTS = "case-alerts";

    private Topics() {
    }
}
