package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/** A proposal was put to the vote of the body: the live decision {@code decisionId} counts the centres' votes. */
@Revision("1")
public record ProposalPutToVoteEvent(String meetingId, String proposalId, String decisionId) {
}
