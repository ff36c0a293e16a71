package fr.entente.roadmap.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Progress of an action of a validated roadmap: how far (0 to 100 %) and what was done. */
public record ReportActionProgressCommand(@TargetAggregateIdentifier String roadmapId, String actionId, Integer percent,
                                          String text) {
}
