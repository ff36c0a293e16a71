package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a member of a body another role. Giving the role they already have changes nothing. */
public record ChangeBodyMemberRoleCommand(@TargetAggregateIdentifier String cooperationId, String bodyId, String personId, BodyRole role) {
}
