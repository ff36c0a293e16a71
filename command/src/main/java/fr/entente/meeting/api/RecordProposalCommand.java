package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a proposal made on an agenda item and its outcome (relevé des propositions): proposed by a person,
 * an organisation or both; referred to another body ({@code referredToBodyId}) if and only if REFERRED.
 */
public record RecordProposalCommand(@TargetAggregateIdentifier String meetingId, String proposalId, String itemId, String proposedByPersonId,
                                    String proposedByOrganisationId, String text, ProposalOutcome outcome,
                                    String referredToBodyId) {
}
