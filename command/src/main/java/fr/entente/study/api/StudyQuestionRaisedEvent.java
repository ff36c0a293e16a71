package fr.entente.study.api;

import org.axonframework.serialization.Revision;

/** A director's question on a study, put to the technical committee's arbitration {@code decisionId}. */
@Revision("1")
public record StudyQuestionRaisedEvent(String studyId, String decisionId, QuestionSubject subject, String raisedBy) {
}
