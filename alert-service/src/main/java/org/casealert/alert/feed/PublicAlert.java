package org.casealert.alert.feed;

import java.time.Instant;

import org.casealert.events.Confidence;
import org.casealert.events.Level;

/**
 * A case as the public may see it, once every person in it consented to public advocacy: level, province, crossing
 * and counts. The id is derived from the case's but does not lead back to it; no facility, dates or names.
 */
public record PublicAlert(String id, Level level, String province, String crossing, int people, int women,
        int minors, Confidence confidence, Instant updated) {

    /** One line, e.g. "IMMINENT: 3 people (2 women, 1 minor) held in Jilin, crossing TUMEN-ONSONG". */
    public String headline() {
        StringBuilder text = new StringBuilder().append(level).append(": ").append(people)
                .append(people == 1 ? " person" : " people");
        if (women > 0 || minors > 0) {
            text.append(" (");
            if (women > 0) {
                text.append(women).append(women == 1 ? " woman" : " women");
            }
            if (minors > 0) {
                text.append(women > 0 ? ", " : "").append(minors).append(minors == 1 ? " minor" : " minors");
            }
            text.append(')');
        }
        text.append(" held in ").append(province == null ? "China" : province + ", China");
        text.append(crossing == null ? ", crossing not known" : ", crossing " + crossing);
        return text.toString();
    }
}
