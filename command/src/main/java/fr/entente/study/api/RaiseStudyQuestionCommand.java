package fr.entente.study.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A director's question on the study, settled by the technical committee's arbitration (the decision
 * {@code decisionId}).
 */
public record RaiseStudyQuestionCommand(@TargetAggregateIdentifier String studyId, String decisionId,
                                        QuestionSubject subject) {
}
