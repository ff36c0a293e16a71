package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A thread was started in a space; its first post follows. {@code meetingId} links it to a meeting, or is null. */
@Revision("1")
public record ThreadStartedEvent(String threadId, String cooperationId, String spaceId, String title, String authorId, String meetingId) {
}
