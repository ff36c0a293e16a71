package fr.entente.meeting.query;

import fr.entente.meeting.api.ProposalOutcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A proposal on an agenda item and its outcome (relevé des propositions); {@code referredToBodyId} when REFERRED.
 * {@code history} lists every outcome it was given, the first as recorded, so that a correction leaves a trace.
 * {@code referralPlacedIn}: the meeting of the receiving body whose requests the referral joined, once it did.
 * {@code decisionId}: the decision that put it to the vote of the body, {@code voteOpen} until it closed.
 */
public record ProposalView(String proposalId, String itemId, String proposedByPersonId, String proposedByOrganisationId,
                           String text, ProposalOutcome outcome, String referredToBodyId, List<OutcomeChangeView> history,
                           String referralPlacedIn, String decisionId, boolean voteOpen) {

    public ProposalView {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Whether its outcome was corrected after it was recorded. */
    public boolean corrected() {
        return history.size() > 1;
    }

    ProposalView withOutcome(ProposalOutcome newOutcome, String newReferredTo, String by, Instant at) {
        return withOutcome(new OutcomeChangeView(newOutcome, newReferredTo, by, at));
    }

    /** The outcome of the body's vote on it, from the decision that closed. */
    ProposalView voted(ProposalOutcome newOutcome, String byDecisionId, String by, Instant at) {
        return withOutcome(new OutcomeChangeView(newOutcome, null, by, at, byDecisionId));
    }

    private ProposalView withOutcome(OutcomeChangeView change) {
        List<OutcomeChangeView> changes = new ArrayList<>(history);
        changes.add(change);
        ProposalOutcome newOutcome = change.outcome();
        String newReferredTo = change.referredToBodyId();
        return new ProposalView(proposalId, itemId, proposedByPersonId, proposedByOrganisationId, text, newOutcome,
                                newReferredTo, changes, null, decisionId, false);
    }

    ProposalView putToVote(String byDecisionId) {
        return new ProposalView(proposalId, itemId, proposedByPersonId, proposedByOrganisationId, text, outcome,
                                referredToBodyId, history, referralPlacedIn, byDecisionId, true);
    }

    ProposalView placedIn(String meetingId) {
        return new ProposalView(proposalId, itemId, proposedByPersonId, proposedByOrganisationId, text, outcome,
                                referredToBodyId, history, meetingId, decisionId, voteOpen);
    }
}
