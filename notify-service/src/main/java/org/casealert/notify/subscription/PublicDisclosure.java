package org.casealert.notify.subscription;

import java.util.Map;

import org.casealert.events.CaseAlert;
import org.casealert.events.CaseSummary;
import org.casealert.events.Consent;
import org.casealert.events.ConsentPurpose;
import org.casealert.notify.appeal.Phrases;
import org.casealert.notify.delivery.Channel;
import org.casealert.notify.delivery.ReceivedAlert;

/**
 * What a public sign-up may learn of a case. E-mail subscribers sign up without an account, so anyone may be one:
 * they hear of a case only when every person concerned allowed it to be made public ({@code publicAdvocacy}, true on
 * an alert only if every report's and person's answer is yes), and then only of its province, crossing, counts and
 * level, under its reference (a pseudonym); no facility, no dates, no story. Webhook subscribers are authenticated advocates
 * and keep the pseudonymised
 * case.
 */
public final class PublicDisclosure {

    private PublicDisclosure() {
    }

    /** Whether a subscription on {@code channel} is public: anyone may have made it. */
    public static boolean isPublic(Channel channel) {
        return channel == Channel.EMAIL;
    }

    /** Whether the people concerned allowed the case to be made public. */
    public static boolean allows(Consent consent) {
        return consent != null && consent.grants(ConsentPurpose.PUBLIC_ADVOCACY);
    }

    /** The case's province as public mails name it, or "place not known". */
    public static String province(Phrases phrases, String language, CaseSummary summary) {
        return summary.province() == null ? phrases.get(language, "alert.place.unknown")
                : phrases.format(language, "province", Map.of("province",
                        phrases.getOr(language, "provinceName." + summary.province(), summary.province())));
    }

    /** Whether a case may still be made public: by its latest alert, so a consent withdrawn since is honoured. */
    public static boolean stillAllows(String caseId) {
        ReceivedAlert latest = ReceivedAlert.find("caseId = ?1 order by occurredAt desc", caseId).firstResult();
        CaseAlert alert = latest == null ? null : latest.alert();
        return alert != null && allows(alert.consent());
    }
}
