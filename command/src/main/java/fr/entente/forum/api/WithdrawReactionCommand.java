package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws the person's reaction to a post. */
public record WithdrawReactionCommand(@TargetAggregateIdentifier String threadId, String postId, Reaction reaction) {
}
