package fr.entente.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The acting person votes for their centre (or the centre they are the delegate of); a later vote replaces it. */
public record CastVoteCommand(@TargetAggregateIdentifier String decisionId, String option) {
}
