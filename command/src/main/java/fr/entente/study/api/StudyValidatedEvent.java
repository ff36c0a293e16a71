package fr.entente.study.api;

import org.axonframework.serialization.Revision;

/** A study validated by the technical committee's decision, numbered {@code reference} in its register. */
@Revision("1")
public record StudyValidatedEvent(String studyId, String decisionId, String reference) {
}
