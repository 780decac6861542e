package org.casealert.intake;

/** Report bodies as hotlines post them. The people are invented. */
final class SampleReports {

    static final String NAME = "Kim Ok-sun";
    static final String HANGUL = "김옥순";
    static final String HOMETOWN = "Hoeryong";
    static final String NOTES = "sister called from Seoul";
    static final String NARRATIVE = "Caught with a broker's group near Yanji";

    private SampleReports() {
    }

    static String full() {
        return """
                {"externalRef": "HL-2026-0042",
                 "observedAt": "2026-11-20T08:30:00Z",
                 "source": {"kind": "FAMILY", "reliability": "PROBABLE"},
                 "detainees": [
                   {"name": "%s", "nameHangul": "%s", "aliases": ["Ok-sun"], "sex": "FEMALE",
                    "birthYear": 1994, "hometown": "%s", "pregnant": true, "notes": "%s"},
                   {"unnamed": true, "sex": "FEMALE", "birthYear": 2010}],
                 "detention": {"stage": "LOCAL_CUSTODY", "since": "2026-11-18", "facility": "Yanji PSB detention house",
                               "city": "Yanji", "province": "Jilin", "transferExpectedOn": null},
                 "riskFactors": ["RELIGIOUS_CONTACT"],
                 "consent": {"appealsToUn": true, "publicAdvocacy": false},
                 "narrative": "%s"}
                """.formatted(NAME, HANGUL, HOMETOWN, NOTES, NARRATIVE);
    }

    static String minimal(String name) {
        return """
                {"source": {"kind": "BROKER", "reliability": "UNVERIFIED"},
                 "detainees": [{"name": "%s"}],
                 "detention": {"stage": "ARRESTED"}}
                """.formatted(name);
    }
}
