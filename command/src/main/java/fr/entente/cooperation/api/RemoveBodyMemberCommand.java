package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a person from a body; their past acts in it stay in the log. */
public record RemoveBodyMemberCommand(@TargetAggregateIdentifier String cooperationId, String bodyId, String personId) {
}
