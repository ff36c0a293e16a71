package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds the person's reaction to a post (once per reaction and person). */
public record ReactToPostCommand(@TargetAggregateIdentifier String threadId, String postId, Reaction reaction) {
}
