package fr.entente.study.api;

import org.axonframework.serialization.Revision;

/** A study the technical committee did not validate. */
@Revision("1")
public record StudyRejectedEvent(String studyId, String decisionId, String reference) {
}
