package fr.entente.decision.api;

import fr.entente.cooperation.api.BodyRole;

import java.util.List;
import java.util.Optional;

/**
 * What the decisions' command side reads of the cooperation's directory: who sits in which body, who belongs to
 * which organisation, who administers the cooperation, which organisations vote in a body, and the body's prefix in
 * the register. The query side implements it; command handlers receive it as a resource.
 */
public interface DecisionRoster {

    /** The person's role in the body of that cooperation; empty if they do not sit in it. */
    Optional<BodyRole> roleOf(String cooperationId, String bodyId, String personId);

    /** The organisation the person belongs to in that cooperation; empty if they are not of it. */
    Optional<String> organisationOf(String cooperationId, String personId);

    boolean administers(String cooperationId, String personId);

    /**
     * The organisations that vote in the body: its member centres (those of its members), in order, and its partners
     * if {@code partnersVote}; empty if the body is not one of that cooperation's.
     */
    List<String> electorate(String cooperationId, String bodyId, boolean partnersVote);

    /** The body's prefix in the register (CT for the technical committee…); empty if no such body. */
    Optional<String> registerPrefix(String cooperationId, String bodyId);
}
