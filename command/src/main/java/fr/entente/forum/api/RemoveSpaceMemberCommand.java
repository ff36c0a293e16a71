package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a person out of a space: they no longer see it. */
public record RemoveSpaceMemberCommand(@TargetAggregateIdentifier String spaceId, String personId) {
}
