package fr.entente.roadmap.api;

import java.util.Optional;

/**
 * What the roadmaps' command side reads of the directory: who manages the roadmap (the working group's officer or
 * convenor, an administrator), who sits in the working group (who propose it), the person's organisation, and which
 * organisations are the cooperation's member centres and partners. The query side implements it.
 */
public interface RoadmapRoster {

    boolean managesRoadmaps(String cooperationId, String personId);

    boolean sitsInWorkingGroup(String cooperationId, String personId);

    Optional<String> organisationOf(String cooperationId, String personId);

    boolean isMemberCentre(String cooperationId, String organisationId);

    boolean isPartner(String cooperationId, String organisationId);
}
