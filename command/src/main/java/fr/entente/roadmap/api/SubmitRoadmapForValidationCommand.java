package fr.entente.roadmap.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The roadmap put to the decision of the steering or technical committee ({@code decisionId}, opened first). */
public record SubmitRoadmapForValidationCommand(@TargetAggregateIdentifier String roadmapId, String decisionId) {
}
