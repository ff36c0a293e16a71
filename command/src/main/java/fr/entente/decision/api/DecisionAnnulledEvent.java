package fr.entente.decision.api;

import org.axonframework.serialization.Revision;

/** A closed decision was annulled. */
@Revision("1")
public record DecisionAnnulledEvent(String decisionId, String cooperationId, String bodyId, String reason) {
}
