package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a body's space; sent by the hub itself when the body is created (the roster follower). */
public record OpenBodySpaceCommand(@TargetAggregateIdentifier String spaceId, String cooperationId, String bodyId) {
}
