package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A post was deleted by its author or a moderator: the event stays in the log, the read models drop its text. */
@Revision("1")
public record PostDeletedEvent(String threadId, String postId, String deletedBy) {
}
