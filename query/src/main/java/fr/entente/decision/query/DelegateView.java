package fr.entente.decision.query;

/** A centre's delegate for a decision: receives its mails and votes for the centre. */
public record DelegateView(String organisationId, String delegateId) {
}
