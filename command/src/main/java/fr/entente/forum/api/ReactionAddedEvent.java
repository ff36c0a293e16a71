package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A person reacted to a post. */
@Revision("1")
public record ReactionAddedEvent(String threadId, String postId, String personId, Reaction reaction) {
}
