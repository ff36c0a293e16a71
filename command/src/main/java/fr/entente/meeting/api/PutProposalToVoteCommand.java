package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Puts a proposal of the record to the vote of the body, during the meeting: {@code decisionId} is the live decision
 * (of the decision context) that counts the centres' votes; its outcome becomes the proposal's.
 */
public record PutProposalToVoteCommand(@TargetAggregateIdentifier String meetingId, String proposalId,
                                       String decisionId) {
}
