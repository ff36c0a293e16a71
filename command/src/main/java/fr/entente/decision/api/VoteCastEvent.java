package fr.entente.decision.api;

import org.axonframework.serialization.Revision;

/** A centre's vote, cast by one of its people (or its delegate): the last of a centre counts. */
@Revision("1")
public record VoteCastEvent(String decisionId, String organisationId, String voterId, String option) {
}
