package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records what the vote on a proposal decided, once its decision closed: sent by the hub on the decision's close,
 * with the outcome the decision computed (adopted, rejected; deferred when the quorum was not reached).
 */
public record RecordProposalVoteCommand(@TargetAggregateIdentifier String meetingId, String proposalId,
                                        String decisionId, ProposalOutcome outcome) {
}
