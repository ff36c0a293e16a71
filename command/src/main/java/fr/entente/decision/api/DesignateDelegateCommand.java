package fr.entente.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A member of the body designates another person of their centre to receive the decision's mails and vote for the
 * centre (convention, art. 4); a new designation replaces the previous one.
 */
public record DesignateDelegateCommand(@TargetAggregateIdentifier String decisionId, String delegateId) {
}
