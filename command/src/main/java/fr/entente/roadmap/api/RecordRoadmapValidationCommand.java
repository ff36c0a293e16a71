package fr.entente.roadmap.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The committee's decision on the roadmap, reported by the hub once it is numbered in the register. */
public record RecordRoadmapValidationCommand(@TargetAggregateIdentifier String roadmapId, String decisionId,
                                             boolean adopted, String reference) {
}
