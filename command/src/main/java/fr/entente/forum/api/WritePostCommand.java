package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Writes a post in a thread, optionally replying to one of its posts and quoting one. */
public record WritePostCommand(@TargetAggregateIdentifier String threadId, String postId, String text, String replyToPostId, String quotedPostId, Mentions mentions) {
}
