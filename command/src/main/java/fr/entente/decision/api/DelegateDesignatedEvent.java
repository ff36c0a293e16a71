package fr.entente.decision.api;

import org.axonframework.serialization.Revision;

/** The centre's delegate for this decision: they receive its mails and vote for the centre. */
@Revision("1")
public record DelegateDesignatedEvent(String decisionId, String organisationId, String delegateId) {
}
