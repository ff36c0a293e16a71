package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * A proposal's outcome was corrected during the meeting.
 */
@Revision("1")
public record ProposalOutcomeChangedEvent(String meetingId, String proposalId, ProposalOutcome outcome, String referredToBodyId) {
}
