package fr.entente.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a decision: at its deadline (the hub), early once every centre voted, or at the meeting (the officer). */
public record CloseDecisionCommand(@TargetAggregateIdentifier String decisionId) {
}
