package org.casealert.events.http;

/** The roles of the contract, as found in the tokens' {@code groups} claim. */
public final class Roles {

    public static final String HOTLINE = "hotline";
    public static final String ADVOCATE = "advocate";
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
