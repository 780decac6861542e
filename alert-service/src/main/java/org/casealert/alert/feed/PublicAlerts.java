package org.casealert.alert.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casealert.alert.cases.CaseFile;
import org.casealert.alert.cases.CaseMapper;
import org.casealert.alert.config.PublicFeedConfig;
import org.casealert.events.CaseStatus;
import org.casealert.events.CaseSummary;

/** The open cases whose every person consented to public advocacy, most recently changed first. */
@ApplicationScoped
public class PublicAlerts {

    private static final int PAGE = 200;
    /** Beyond this many open cases looked at, the feed stops: it is read by anyone, as often as they like. */
    private static final int MOST_LOOKED_AT = 5000;

    private final CaseMapper mapper;
    private final PublicFeedConfig config;
    private final Clock clock;

    PublicAlerts(CaseMapper mapper, PublicFeedConfig config, Clock clock) {
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    /** The Atom feed; {@code selfUrl} is where it was asked for. */
    @Transactional
    public String atom(String selfUrl) {
        return FeedDocuments.atom(current(), config.title(), config.sender(), selfUrl, clock.instant());
    }

    /** The CAP 1.2 feed: one CAP alert in each Atom entry. */
    @Transactional
    public String cap(String selfUrl) {
        return FeedDocuments.cap(current(), config.title(), config.sender(), selfUrl, clock.instant());
    }

    List<PublicAlert> current() {
        Instant now = clock.instant();
        List<PublicAlert> alerts = new ArrayList<>();
        for (int page = 0; page * PAGE < MOST_LOOKED_AT && alerts.size() < config.entries(); page++) {
            List<CaseFile> files = CaseFile
                    .<CaseFile> find("status = ?1 and mergedInto is null order by updatedAt desc, id desc",
                            CaseStatus.OPEN)
                    .page(page, PAGE).list();
            for (CaseFile file : files) {
                if (alerts.size() < config.entries() && Boolean.TRUE.equals(mapper.consent(file).publicAdvocacy())) {
                    alerts.add(of(mapper.summary(file, now)));
                }
            }
            if (files.size() < PAGE) {
                break;
            }
        }
        return alerts;
    }

    /** The public id of a case: the same for every version of its alert, and no way back to the case. */
    public static String pseudonym(String caseId) {
        return UUID.nameUUIDFromBytes(("case-alert public feed\u0000" + caseId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static PublicAlert of(CaseSummary summary) {
        return new PublicAlert(pseudonym(summary.id()), summary.level(), summary.province(), summary.corridor(),
                summary.detaineeCount(), summary.women(), summary.minors(), summary.confidence(), summary.updatedAt());
    }
}
