package fr.entente.study.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A validated study launched, with its lead centre (chef de file), the participating centres and its milestones. */
public record LaunchStudyCommand(@TargetAggregateIdentifier String studyId, String leadCentre,
                                 List<String> participatingCentres, List<Milestone> milestones) {
}
