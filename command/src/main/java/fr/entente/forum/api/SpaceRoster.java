package fr.entente.forum.api;

import java.util.Optional;

/**
 * Who is a member of which forum space, as the threads' command handlers need it: the query side keeps it from the
 * spaces' events; command handlers receive it as a resource. Keyed by cooperation, so a space of another cooperation
 * is never found. Like any read model it follows the log a moment behind.
 */
public interface SpaceRoster {

    /** The person's role in that space of that cooperation; empty if they are not a member (or it does not exist). */
    Optional<SpaceRole> roleOf(String cooperationId, String spaceId, String personId);
}
