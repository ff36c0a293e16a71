package fr.entente.meeting.query;

import fr.entente.meeting.api.ProposalOutcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A proposal on an agenda item and its outcome (relevé des propositions); {@code referredToBodyId} when REFERRED.
 * {@code history} lists every outcome it was given, the first as recorded, so that a correction leaves a trace.
 * {@code referralPlacedIn}: the meeting of the receiving body whose requests the referral joined, once it did.
 */
public record ProposalView(String proposalId, String itemId, String proposedByPersonId, String proposedByOrganisationId,
                           String text, ProposalOutcome outcome, String referredToBodyId, List<OutcomeChangeView> history,
                           String referralPlacedIn) {

    public ProposalView {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Whether its outcome was corrected after it was recorded. */
    public boolean corrected() {
        return history.size() > 1;
    }

    ProposalView withOutcome(ProposalOutcome newOutcome, String newReferredTo, String by, Instant at) {
        List<OutcomeChangeView> changes = new ArrayList<>(history);
        changes.add(new OutcomeChangeView(newOutcome, newReferredTo, by, at));
        return new ProposalView(proposalId, itemId, proposedByPersonId, proposedByOrganisationId, text, newOutcome,
                                newReferredTo, changes, null);
    }

    ProposalView placedIn(String meetingId) {
        return new ProposalView(proposalId, itemId, proposedByPersonId, proposedByOrganisationId, text, outcome,
                                referredToBodyId, history, meetingId);
    }
}
