package fr.entente.meeting.query;

import fr.entente.meeting.api.ProposalOutcome;

import java.time.Instant;

/**
 * One outcome a proposal was given, by whom and when: the first as recorded, then each correction; or, with
 * {@code byDecisionId}, the outcome of the body's vote on it (recorded by the hub when that decision closed).
 */
public record OutcomeChangeView(ProposalOutcome outcome, String referredToBodyId, String changedBy, Instant changedAt,
                                String byDecisionId) {

    public OutcomeChangeView(ProposalOutcome outcome, String referredToBodyId, String changedBy, Instant changedAt) {
        this(outcome, referredToBodyId, changedBy, changedAt, null);
    }
}
