package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Edits a post: its author or a moderator; the earlier versions stay. */
public record EditPostCommand(@TargetAggregateIdentifier String threadId, String postId, String text) {
}
