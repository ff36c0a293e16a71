package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A person is no longer a member of a space. */
@Revision("1")
public record SpaceMemberRemovedEvent(String spaceId, String cooperationId, String personId) {
}
