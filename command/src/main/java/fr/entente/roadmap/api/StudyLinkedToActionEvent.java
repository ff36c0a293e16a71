package fr.entente.roadmap.api;

import org.axonframework.serialization.Revision;

/** A study linked to an action of the roadmap. */
@Revision("1")
public record StudyLinkedToActionEvent(String roadmapId, String actionId, String studyId) {
}
