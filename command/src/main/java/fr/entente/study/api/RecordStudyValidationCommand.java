package fr.entente.study.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The technical committee's decision on the study, taken into it by the hub when the decision closes. */
public record RecordStudyValidationCommand(@TargetAggregateIdentifier String studyId, String decisionId,
                                           boolean adopted, String reference) {
}
