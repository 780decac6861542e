package org.casealert.events;

/** Facts that make punishment after return worse; each is also dangerous to disclose. */
public enum RiskFactor {
    SOUTH_KOREA_CONTACT,
    RELIGIOUS_CONTACT,
    ATTEMPTED_ROK,
    TRAFFICKING_VICTIM,
    PRIOR_REPATRIATION,
    HEALTH_CRITICAL,
    DISPATCHED_WORKER
}
