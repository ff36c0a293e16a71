package fr.entente.study.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A study launched with its lead centre, participating centres and milestones. */
@Revision("1")
public record StudyLaunchedEvent(String studyId, String leadCentre, List<String> participatingCentres,
                                 List<Milestone> milestones) {
}
