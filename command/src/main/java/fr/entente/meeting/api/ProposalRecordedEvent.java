package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * A proposal on an agenda item and its outcome; {@code referredToBodyId} only when REFERRED.
 */
@Revision("1")
public record ProposalRecordedEvent(String meetingId, String proposalId, String itemId, String proposedByPersonId,
                                    String proposedByOrganisationId, String text, ProposalOutcome outcome,
                                    String referredToBodyId) {
}
