package fr.entente.roadmap.api;

import org.axonframework.serialization.Revision;

/** The roadmap's year-end evaluation. */
@Revision("1")
public record RoadmapEvaluatedEvent(String roadmapId, String evaluation) {
}
