package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A moderator moved a thread to another space of the cooperation. */
@Revision("1")
public record ThreadMovedEvent(String threadId, String cooperationId, String fromSpaceId, String toSpaceId, String movedBy) {
}
