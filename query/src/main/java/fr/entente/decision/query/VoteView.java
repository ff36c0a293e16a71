package fr.entente.decision.query;

import java.time.Instant;

/**
 * A centre's vote as it stands: the option, who cast it (a member of the centre or its delegate; or the officer who
 * recorded it at the meeting, {@code recorded}), and when.
 */
public record VoteView(String organisationId, String voterId, String option, Instant at, boolean recorded) {
}
