package fr.entente.roadmap.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A yearly roadmap proposed, with its axes and actions; {@code proposedBy}: a person id. */
@Revision("1")
public record RoadmapProposedEvent(String roadmapId, String cooperationId, int year, String title, List<Axis> axes,
                                   String proposedBy) {
}
