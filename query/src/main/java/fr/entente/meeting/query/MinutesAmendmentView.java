package fr.entente.meeting.query;

import java.time.Instant;

/** A correction to approved minutes: proposed, then perhaps approved. */
public record MinutesAmendmentView(String amendmentId, String text, String proposedBy, Instant proposedAt, boolean approved,
                                   String approvedBy, Instant approvedAt) {

    MinutesAmendmentView approved(String by, Instant at) {
        return new MinutesAmendmentView(amendmentId, text, proposedBy, proposedAt, true, by, at);
    }
}
