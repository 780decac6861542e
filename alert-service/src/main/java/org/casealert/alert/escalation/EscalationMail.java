package org.casealert.alert.escalation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.casealert.events.CaseSummary;

import io.quarkus.mailer.Mail;

/**
 * The mail of one escalation step: pseudonymous like an advocate's alert (reference, level, place, counts, time
 * left, a link to the board); never names, facility text or notes.
 */
final class EscalationMail {

    private EscalationMail() {
    }

    static Mail of(CaseSummary summary, int step, Duration unacknowledgedFor, LocalDate today, String boardUrl,
            List<String> to) {
        String subject = "[case-alert] " + summary.reference() + " is IMMINENT and nobody has acknowledged it ("
                + "escalation step " + (step + 1) + ")";
        StringBuilder text = new StringBuilder();
        text.append("Nobody has acknowledged case ").append(summary.reference()).append(" in the ")
                .append(duration(unacknowledgedFor)).append(" since it became IMMINENT.\n\n");
        text.append("Reference: ").append(summary.reference()).append('\n');
        text.append("Level: ").append(summary.level()).append('\n');
        text.append("Province: ").append(orUnknown(summary.province())).append('\n');
        text.append("Crossing: ").append(orUnknown(summary.corridor())).append('\n');
        text.append("People: ").append(summary.detaineeCount()).append(" (women: ").append(summary.women())
                .append(", minors: ").append(summary.minors()).append(")\n");
        text.append("Time left: ").append(timeLeft(summary.deadline(), today)).append("\n\n");
        if (boardUrl != null) {
            text.append("Acknowledge it on the case board, so that the next step is not woken: ").append(boardUrl)
                    .append('\n');
        } else {
            text.append("Acknowledge it on the case board, so that the next step is not woken.\n");
        }
        return new Mail().setTo(List.copyOf(to)).setSubject(subject).setText(text.toString());
    }

    private static String timeLeft(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return "no expected handover date";
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (days < 0) {
            return "handover expected " + deadline + ", overdue by " + -days + " days";
        }
        return "handover expected " + deadline + (days == 0 ? ", today" : ", in " + days + " days");
    }

    private static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 120 ? minutes + " minutes" : duration.toHours() + " hours";
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }
}
