package fr.entente.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * At the meeting, the body's officer records the vote a present centre gave by show of hands; a later vote of that
 * centre (recorded again, or cast from a screen) replaces it. Only a decision voted at the meeting takes it.
 */
public record RecordCentreVoteCommand(@TargetAggregateIdentifier String decisionId, String organisationId,
                                      String option) {
}
