package fr.entente.roadmap.api;

import org.axonframework.serialization.Revision;

/** The roadmap put to a committee's decision. */
@Revision("1")
public record RoadmapSubmittedForValidationEvent(String roadmapId, String decisionId) {
}
