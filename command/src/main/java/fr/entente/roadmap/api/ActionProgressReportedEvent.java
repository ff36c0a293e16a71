package fr.entente.roadmap.api;

import org.axonframework.serialization.Revision;

/** Progress of an action of the roadmap; {@code reportedBy}: a person id. */
@Revision("1")
public record ActionProgressReportedEvent(String roadmapId, String actionId, int percent, String text, String reportedBy) {
}
