package fr.entente.forum.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The person acting follows a thread (they are told of its new posts), or stops following it. */
public record FollowThreadCommand(@TargetAggregateIdentifier String threadId, boolean following) {
}
