package fr.entente.study.api;

import org.axonframework.serialization.Revision;

/** A study put to the technical committee's validation, by the decision {@code decisionId}. */
@Revision("1")
public record StudySubmittedForValidationEvent(String studyId, String decisionId) {
}
