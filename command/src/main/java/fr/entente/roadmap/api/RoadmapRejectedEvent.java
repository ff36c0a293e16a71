package fr.entente.roadmap.api;

import org.axonframework.serialization.Revision;

/** The roadmap not validated by the committee. */
@Revision("1")
public record RoadmapRejectedEvent(String roadmapId, String decisionId, String reference) {
}
