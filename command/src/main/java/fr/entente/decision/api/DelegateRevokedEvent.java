package fr.entente.decision.api;

import org.axonframework.serialization.Revision;

/** The centre has no delegate for this decision any more; a vote they cast stays the centre's until replaced. */
@Revision("1")
public record DelegateRevokedEvent(String decisionId, String organisationId, String delegateId) {
}
