package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a thread to another space of the cooperation (a moderator of its space, who is a member of the other). */
public record MoveThreadCommand(@TargetAggregateIdentifier String threadId, String toSpaceId) {
}
