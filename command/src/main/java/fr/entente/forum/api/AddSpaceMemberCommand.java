package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Seats a person in a space with a role: the hub for a body's space, an administrator or a moderator for a theme's. */
public record AddSpaceMemberCommand(@TargetAggregateIdentifier String spaceId, String personId, SpaceRole role) {
}
