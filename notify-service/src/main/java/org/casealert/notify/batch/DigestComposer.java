package org.casealert.notify.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.events.CaseSummary;
import org.casealert.notify.appeal.Phrases;
import org.casealert.notify.config.NotifyConfig;
import org.casealert.notify.delivery.Delivery;
import org.casealert.notify.delivery.DeliveryFailure;
import org.casealert.notify.delivery.MessageComposer;
import org.casealert.notify.delivery.Outgoing;
import org.casealert.notify.subscription.PublicDisclosure;
import org.casealert.notify.subscription.Subscription;
import org.casealert.notify.subscription.SubscriptionService;
import org.casealert.notify.subscription.SubscriptionTokens;

/**
 * A public sign-up's digest of a group, composed when it is sent: of the cases whose people all allowed publication,
 * the group's figures and those it covers that joined since the last digest, by level and province only (no names,
 * no facility, no dates), and an unsubscribe link as every alert mail has.
 */
@ApplicationScoped
class DigestComposer implements MessageComposer {

    private final GroupCases groupCases;
    private final GroupWording wording;
    private final SubscriptionService subscriptions;
    private final SubscriptionTokens tokens;
    private final Phrases phrases;
    private final NotifyConfig config;

    DigestComposer(GroupCases groupCases, GroupWording wording, SubscriptionService subscriptions,
            SubscriptionTokens tokens, Phrases phrases, NotifyConfig config) {
        this.groupCases = groupCases;
        this.wording = wording;
        this.subscriptions = subscriptions;
        this.tokens = tokens;
        this.phrases = phrases;
        this.config = config;
    }

    @Override
    public Set<Delivery.Purpose> purposes() {
        return Set.of(Delivery.Purpose.DIGEST);
    }

    @Override
    public Outgoing compose(Delivery delivery) throws DeliveryFailure {
        GroupDigest digest = GroupDigest.findById(delivery.letterId);
        Subscription subscription = Subscription.findById(delivery.targetId);
        if (digest == null || subscription == null || subscription.status != Subscription.Status.ACTIVE) {
            throw new DeliveryFailure("the subscription is no longer ACTIVE", true);
        }
        AppealGroup group = AppealGroup.findById(digest.batchId);
        String language = subscription.language;
        List<CaseInGroup> cases = groupCases.of(group.batchId, false);
        List<GroupTexts.DigestEntry> joined = GroupDigests.joined(cases, subscription, digest.previousRound).stream()
                .filter(grouped -> grouped.member().roundNumber <= digest.roundNumber)
                .map(grouped -> new GroupTexts.DigestEntry(grouped.summary().reference(),
                        phrases.get(language, "level." + grouped.summary().level()),
                        PublicDisclosure.province(phrases, language, grouped.summary()),
                        grouped.summary().detaineeCount()))
                .toList();
        // the group's figures as far as they may be made public: its cases told of so far whose people all allowed it
        List<CaseSummary> told = cases.stream().filter(grouped -> grouped.member().roundNumber != null
                && grouped.member().roundNumber <= digest.roundNumber && PublicDisclosure.allows(grouped.consent()))
                .map(CaseInGroup::summary).toList();
        int people = told.stream().mapToInt(CaseSummary::detaineeCount).sum();
        String unsubscribe = config.publicUrl() + "/api/v1/subscriptions/unsubscribe?token=" + tokens.issue(
                subscription.id, SubscriptionTokens.Purpose.UNSUBSCRIBE, config.subscriptions().unsubscribeLinkValidFor());
        String crossing = wording.crossing(language, group.corridor);
        String text = GroupTemplates.digest(language, new GroupTexts.Digest(config.organisation(), group.batchId,
                crossing, told.size(), people, told.stream().mapToInt(CaseSummary::women).sum(),
                told.stream().mapToInt(CaseSummary::minors).sum(), digest.previousRound == 0, joined, unsubscribe));
        String subject = phrases.format(language, "digest.subject", Map.of("reference", group.batchId, "crossing",
                crossing, "people", people, "joined", joined.size()));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new Outgoing.Email(subscriptions.address(subscription), subject, text, headers);
    }
}
