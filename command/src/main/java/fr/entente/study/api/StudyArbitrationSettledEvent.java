package fr.entente.study.api;

import org.axonframework.serialization.Revision;

/** The arbitration of a question on a study closed: approved or not. */
@Revision("1")
public record StudyArbitrationSettledEvent(String studyId, String decisionId, boolean approved, String reference) {
}
