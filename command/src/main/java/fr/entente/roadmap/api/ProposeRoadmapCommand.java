package fr.entente.roadmap.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The yearly roadmap (feuille de route) of a cooperation, proposed by its working group. */
public record ProposeRoadmapCommand(@TargetAggregateIdentifier String roadmapId, String cooperationId, Integer year,
                                    String title, List<Axis> axes) {
}
