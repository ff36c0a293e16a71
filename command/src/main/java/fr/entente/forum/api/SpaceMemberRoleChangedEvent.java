package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A member of a space has another role. */
@Revision("1")
public record SpaceMemberRoleChangedEvent(String spaceId, String cooperationId, String personId, SpaceRole role) {
}
