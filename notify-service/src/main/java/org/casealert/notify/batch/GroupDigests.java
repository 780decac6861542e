package org.casealert.notify.batch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casealert.notify.delivery.Channel;
import org.casealert.notify.delivery.Delivery;
import org.casealert.notify.subscription.PublicDisclosure;
import org.casealert.notify.subscription.Subscription;

/**
 * A round's digests: one per active e-mail subscription that covers a case which joined the group since its
 * last digest and may be made public. Webhook subscribers are not here: they get every alert, each carrying its batch.
 * A paused subscription's digest is recorded SILENCED: its cases are not told again in the next digest.
 */
@ApplicationScoped
class GroupDigests {

    void write(AppealGroup group, int round, List<CaseInGroup> cases, Instant now) {
        for (Subscription subscription : Subscription.<Subscription> list("status = ?1 and channel = ?2",
                Subscription.Status.ACTIVE, Channel.EMAIL)) {
            GroupDigest last = GroupDigest.find("batchId = ?1 and subscriptionId = ?2 order by roundNumber desc",
                    group.batchId, subscription.id).firstResult();
            int previous = last == null ? 0 : last.roundNumber;
            if (joined(cases, subscription, previous).isEmpty()) {
                continue;
            }
            GroupDigest digest = new GroupDigest();
            digest.id = UUID.randomUUID().toString();
            digest.batchId = group.batchId;
            digest.roundNumber = round;
            digest.previousRound = previous;
            digest.subscriptionId = subscription.id;
            digest.createdAt = now;
            digest.persist();
            Delivery delivery = Delivery.ofLetter(Delivery.Purpose.DIGEST, digest.id, Delivery.TargetType.SUBSCRIPTION,
                    subscription.id, Channel.EMAIL, now);
            if (subscription.pausedAt(now)) {
                delivery.silenced(subscription.pausedUntil);
            }
            delivery.persist();
        }
    }

    /**
     * The cases the subscription covers that were first told of after {@code previous}, and whose people all allowed
     * publication: e-mail subscribers are public sign-ups ({@link PublicDisclosure}).
     */
    static List<CaseInGroup> joined(List<CaseInGroup> cases, Subscription subscription, int previous) {
        return cases.stream().filter(grouped -> grouped.after(previous)
                && subscription.covers(grouped.member().level, grouped.member().province)
                && PublicDisclosure.allows(grouped.consent())).toList();
    }
}
