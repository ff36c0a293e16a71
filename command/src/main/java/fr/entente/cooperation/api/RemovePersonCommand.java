package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a person from the cooperation: they leave every body first; their past acts stay in the log. */
public record RemovePersonCommand(@TargetAggregateIdentifier String cooperationId, String personId) {
}
