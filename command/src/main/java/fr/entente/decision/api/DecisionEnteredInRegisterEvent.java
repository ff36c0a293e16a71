package fr.entente.decision.api;

import org.axonframework.serialization.Revision;

/** A closed decision's number in its body's register: {@code reference} such as CT-2026-014. */
@Revision("1")
public record DecisionEnteredInRegisterEvent(String registerId, String cooperationId, String bodyId, int year,
                                             String decisionId, int number, String reference) {
}
