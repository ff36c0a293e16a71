package fr.entente.study.api;

import java.util.Optional;

/**
 * What the studies' command side reads of the cooperation's directory: who manages the observatory's studies (the
 * working group's officer or convenor, or an administrator), who sits in the working group (the referents, who
 * propose), who sits in the technical committee (the directors, who raise questions), and which organisations are the
 * cooperation's member centres. The query side implements it; command handlers receive it as a resource.
 */
public interface StudyRoster {

    boolean managesStudies(String cooperationId, String personId);

    boolean sitsInWorkingGroup(String cooperationId, String personId);

    boolean sitsInTechnicalCommittee(String cooperationId, String personId);

    /** The organisation the person belongs to in that cooperation; empty if they are not of it. */
    Optional<String> organisationOf(String cooperationId, String personId);

    boolean isMemberCentre(String cooperationId, String organisationId);
}
