package fr.entente.meeting.api;

import fr.entente.cooperation.api.BodyRole;

import java.util.Optional;

/**
 * Who sits in which body, and what belongs to which cooperation, as the command side needs it to check who may act
 * on a meeting and that every identifier a command names is of the meeting's cooperation. The query side implements
 * it from the cooperation's directory; command handlers receive it as a resource.
 */
public interface BodyRoster {

    /** The person's role in the body of that cooperation; empty if they do not sit in it (or it does not exist). */
    Optional<BodyRole> roleOf(String cooperationId, String bodyId, String personId);

    /** The organisation (a member centre or a partner) the person belongs to in that cooperation. */
    Optional<String> organisationOf(String cooperationId, String personId);

    /** Whether this member centre or partner is one of that cooperation's. */
    boolean hasOrganisation(String cooperationId, String organisationId);

    /** Whether this body is one of that cooperation's. */
    boolean hasBody(String cooperationId, String bodyId);
}
