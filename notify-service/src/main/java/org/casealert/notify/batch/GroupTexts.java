package org.casealert.notify.batch;

import java.util.List;

import org.casealert.notify.appeal.AppealLetter;

/** What group letters and digests say, already in the reader's language; the templates only lay it out. */
public final class GroupTexts {

    private GroupTexts() {
    }

    /**
     * A group letter to one institution. {@code listed} are the cases it tells of (for a further letter, those
     * that joined since the recipient's last one); {@code unlisted} the cases the figures count but whose details
     * have not reached us; {@code unnamed} the listed people not named (no consent for this recipient, or no full
     * disclosure).
     */
    public record Letter(AppealLetter.Sender sender, String salutation, String recipientName, String reference, int sequence,
            String firstDate,
            String lastDate, String date, String crossing, int cases, int people, int women, int minors,
            List<Entry> listed, int unnamed, int unlisted, boolean full, String handover, int aggravated,
            boolean unhcr, boolean embassy, boolean unMechanism) {

        public boolean followUp() {
            return sequence > 1;
        }

        public int listedCount() {
            return listed.size();
        }
    }

    /** One case of a letter: its reference, where and since when, how many people, and those it may name. */
    public record Entry(String reference, String whereAndSince, int people, List<AppealLetter.Person> named, int unnamed) {

        public boolean partlyNamed() {
            return !named.isEmpty() && unnamed > 0;
        }
    }

    /** An advocates' digest of a group: figures and the cases that joined since their last digest, no names. */
    /**
     * A digest to public sign-ups: of the group's cases whose people all allowed publication, the figures and, for each,
     * its level and province; no facility, no dates ({@code PublicDisclosure}).
     */
    public record Digest(String organisation, String reference, String crossing, int cases, int people, int women,
            int minors, boolean first, List<DigestEntry> joined, String unsubscribeUrl) {
    }

    public record DigestEntry(String reference, String level, String province, int people) {
    }
}
