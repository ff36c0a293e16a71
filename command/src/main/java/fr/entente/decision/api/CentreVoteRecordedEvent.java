package fr.entente.decision.api;

import org.axonframework.serialization.Revision;

/** A centre's vote given at the meeting and recorded by {@code recorderId}, the officer: it counts as a cast vote. */
@Revision("1")
public record CentreVoteRecordedEvent(String decisionId, String organisationId, String recorderId, String option) {
}
