package fr.entente.roadmap.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A study of the observatory that serves an action of the roadmap. */
public record LinkStudyToActionCommand(@TargetAggregateIdentifier String roadmapId, String actionId, String studyId) {
}
