package fr.entente.study.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The study put to the technical committee's validation: the decision that validates or rejects it. */
public record SubmitStudyForValidationCommand(@TargetAggregateIdentifier String studyId, String decisionId) {
}
