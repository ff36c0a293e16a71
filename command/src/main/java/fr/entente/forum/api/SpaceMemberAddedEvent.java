package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A person became a member of a space with a role. */
@Revision("1")
public record SpaceMemberAddedEvent(String spaceId, String cooperationId, String personId, SpaceRole role) {
}
