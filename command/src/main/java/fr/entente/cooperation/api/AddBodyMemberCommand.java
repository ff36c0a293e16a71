package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Seats a registered person in a body with a role. A person of a partner sits only in a body the
 * partner is named to.
 */
public record AddBodyMemberCommand(@TargetAggregateIdentifier String cooperationId, String bodyId, String personId, BodyRole role) {
}
