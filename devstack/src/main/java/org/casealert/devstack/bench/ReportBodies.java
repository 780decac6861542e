package org.casealert.devstack.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reports the benchmark posts. Each names one person no other report of the run names (and most
 * likely no report of an earlier run on the same stack: those would be correlated into old cases), held
 * at a border facility of a crossing, or far from the border for the intake saturation.
 */
final class ReportBodies {

    private static final String[] SURNAMES = { "Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Jo", "Yun", "Jang", "Han",
            "Hwang", "Ryu", "Song", "Hong", "Mun" };
    private static final String[] SYLLABLES = { "ok", "sun", "chol", "myong", "hui", "gwang", "yong", "song", "hyok",
            "kum", "nam", "il", "ae", "mi", "su", "jin", "hwa", "bok", "dok", "pil" };
    private static final String[] TOWNS = { "Hoeryong", "Musan", "Hyesan", "Chongjin", "Onsong", "Sinuiju",
            "Kimchaek", "Hamhung", "Wonsan", "Kanggye" };
    private static final int NAMES = SURNAMES.length * SYLLABLES.length * SYLLABLES.length;
    private static final int PEOPLE = NAMES * TOWNS.length * 60;

    private final String run;
    private final int firstPerson = new Random().nextInt(PEOPLE);
    private final AtomicLong next = new AtomicLong();
    private final LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(2);

    ReportBodies(String run) {
        this.run = run;
    }

    /** The next person of this run, held at the crossing's border detention facility. */
    byte[] atBorder(Crossing crossing) {
        return body(next.getAndIncrement(), "BORDER_FACILITY", crossing.facility, crossing.city, crossing.province);
    }

    /** The next person of this run, held by the police far from the border: a case of no corridor. */
    byte[] farFromBorder() {
        return body(next.getAndIncrement(), "LOCAL_CUSTODY", "Kunming PSB detention house", "Kunming", "Yunnan");
    }

    private byte[] body(long n, String stage, String facility, String city, String province) {
        long person = (firstPerson + n) % PEOPLE;
        String surname = SURNAMES[(int) (person % SURNAMES.length)];
        long rest = person / SURNAMES.length;
        String given = capitalised(SYLLABLES[(int) (rest % SYLLABLES.length)]) + "-"
                + SYLLABLES[(int) (rest / SYLLABLES.length % SYLLABLES.length)];
        rest = person / NAMES;
        String town = TOWNS[(int) (rest % TOWNS.length)];
        boolean minor = n % 7 == 3;
        int born = minor ? 2009 + (int) (n % 5) : 1950 + (int) (rest / TOWNS.length % 55);
        return """
                {"source": {"kind": "FAMILY", "reliability": "PROBABLE"},
                 "detainees": [{"name": "%s %s", "sex": "%s", "birthYear": %d, "hometown": "%s"}],
                 "detention": {"stage": "%s", "since": "%s", "facility": "%s", "city": "%s", "province": "%s"},
                 "consent": {"appealsToUn": true, "appealsToUnhcr": true, "appealsToGovernments": true,
                             "publicAdvocacy": false},
                 "narrative": "Benchmark %s, report %d."}
                """.formatted(surname, given, n % 2 == 0 ? "FEMALE" : "MALE", born, town, stage, since, facility, city,
                province, run, n).getBytes(StandardCharsets.UTF_8);
    }

    private static String capitalised(String syllable) {
        return Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1);
    }
}
