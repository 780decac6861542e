package org.casealert.notify.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.mailer.Mail;

/** The mail of one escalation step: which drafts wait, for whom and for how long; never what the letters say. */
final class DraftEscalationMail {

    private DraftEscalationMail() {
    }

    static Mail of(List<WaitingDraft> drafts, int step, Duration after, Instant now, String boardUrl, List<String> to) {
        String subject = "[case-alert] " + drafts.size() + (drafts.size() == 1 ? " appeal draft has" : " appeal drafts have")
                + " waited over " + duration(after) + " for approval (escalation step " + (step + 1) + ")";
        StringBuilder text = new StringBuilder();
        text.append(drafts.size() == 1 ? "This appeal waits" : "These appeals wait")
                .append(" for an operator's approval. An appeal helps only before the handover.\n\n");
        for (WaitingDraft draft : drafts) {
            text.append("- ").append(draft.about()).append(", to ").append(draft.recipient()).append(": waiting ")
                    .append(duration(Duration.between(draft.since(), now))).append('\n');
        }
        text.append('\n');
        if (boardUrl != null) {
            text.append("Approve or reject them, so that the next step is not woken: ").append(boardUrl).append('\n');
        } else {
            text.append("Approve or reject them, so that the next step is not woken.\n");
        }
        return new Mail().setTo(List.copyOf(to)).setSubject(subject).setText(text.toString());
    }

    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 120 ? minutes + (minutes == 1 ? " minute" : " minutes") : duration.toHours() + " hours";
    }
}
