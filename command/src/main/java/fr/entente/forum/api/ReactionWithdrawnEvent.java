package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A person withdrew their reaction to a post. */
@Revision("1")
public record ReactionWithdrawnEvent(String threadId, String postId, String personId, Reaction reaction) {
}
