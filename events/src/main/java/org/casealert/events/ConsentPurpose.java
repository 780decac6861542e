package org.casealert.events;

/** What a consent is for: the kinds of recipient a person's details may go to, and publication. */
public enum ConsentPurpose {
    /** UN human-rights mechanisms: the special procedures (SR on the DPRK, WGAD, WGEID). */
    UN_MECHANISMS,
    UNHCR,
    /** Governments: the Republic of Korea, the United States. */
    GOVERNMENTS,
    PUBLIC_ADVOCACY
}
