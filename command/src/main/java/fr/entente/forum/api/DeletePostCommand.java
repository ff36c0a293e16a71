package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a post: its author or a moderator; the thread shows that a message was deleted. */
public record DeletePostCommand(@TargetAggregateIdentifier String threadId, String postId) {
}
