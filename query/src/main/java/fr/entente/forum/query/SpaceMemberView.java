package fr.entente.forum.query;

import fr.entente.forum.api.SpaceRole;

/** A member of a space and their role. */
public record SpaceMemberView(String personId, SpaceRole role) {
}
