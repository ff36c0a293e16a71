package fr.entente.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a closed decision the next number of its body's register for the year (once: again, the same number). */
public record EnterInRegisterCommand(@TargetAggregateIdentifier String registerId, String cooperationId,
                                     String bodyId, int year, String prefix, String decisionId) {
}
