package fr.entente.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The officer annuls a closed decision, saying why; it keeps its number in the register, marked annulled. */
public record AnnulDecisionCommand(@TargetAggregateIdentifier String decisionId, String reason) {
}
