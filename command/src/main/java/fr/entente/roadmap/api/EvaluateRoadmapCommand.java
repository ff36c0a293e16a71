package fr.entente.roadmap.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The year-end evaluation of a validated roadmap (seed 004: the steering committee evaluates the yearly programme). */
public record EvaluateRoadmapCommand(@TargetAggregateIdentifier String roadmapId, String evaluation) {
}
