package fr.entente.roadmap.api;

import org.axonframework.serialization.Revision;

/** The roadmap validated by the committee (its decision's number in the register). */
@Revision("1")
public record RoadmapValidatedEvent(String roadmapId, String decisionId, String reference) {
}
