package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Locks a thread (nobody writes in it any more), or unlocks it (moderators). */
public record LockThreadCommand(@TargetAggregateIdentifier String threadId, boolean locked) {
}
