package fr.entente.meeting.query;

import fr.entente.meeting.api.ProposalOutcome;

/** A proposal on an agenda item and its outcome (relevé des propositions); {@code referredToBodyId} when REFERRED. */
public record ProposalView(String proposalId, String itemId, String proposedByPersonId, String proposedByOrganisationId,
                           String text, ProposalOutcome outcome, String referredToBodyId) {
}
