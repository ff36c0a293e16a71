package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/** The vote on a proposal closed: its outcome is the proposal's, as decided by the decision {@code decisionId}. */
@Revision("1")
public record ProposalVotedEvent(String meetingId, String proposalId, String decisionId, ProposalOutcome outcome) {
}
