package fr.entente.meeting.query;

import fr.entente.meeting.api.ProposalOutcome;

import java.time.Instant;

/** One outcome a proposal was given, by whom and when: the first as recorded, then each correction. */
public record OutcomeChangeView(ProposalOutcome outcome, String referredToBodyId, String changedBy, Instant changedAt) {
}
