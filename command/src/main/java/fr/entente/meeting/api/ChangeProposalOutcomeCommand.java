package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrects a proposal's outcome while the meeting is live.
 */
public record ChangeProposalOutcomeCommand(@TargetAggregateIdentifier String meetingId, String proposalId, ProposalOutcome outcome, String referredToBodyId) {
}
