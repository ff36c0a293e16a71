package fr.entente.study.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The arbitration of a question on the study closed, taken into it by the hub: approved or not. */
public record SettleStudyArbitrationCommand(@TargetAggregateIdentifier String studyId, String decisionId,
                                            boolean approved, String reference) {
}
