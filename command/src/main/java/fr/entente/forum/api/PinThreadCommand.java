package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pins a thread at the top of its space, or unpins it (moderators). */
public record PinThreadCommand(@TargetAggregateIdentifier String threadId, boolean pinned) {
}
