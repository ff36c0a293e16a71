package fr.entente.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A member of the body revokes their centre's delegate for this decision. */
public record RevokeDelegateCommand(@TargetAggregateIdentifier String decisionId) {
}
