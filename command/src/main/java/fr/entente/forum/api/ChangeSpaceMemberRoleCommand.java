package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a member of a space another role. */
public record ChangeSpaceMemberRoleCommand(@TargetAggregateIdentifier String spaceId, String personId, SpaceRole role) {
}
