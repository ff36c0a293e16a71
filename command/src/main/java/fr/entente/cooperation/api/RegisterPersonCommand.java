package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a person of a member centre ("cdg-59") or of a partner ("cnfpt"). Only the identifier: the
 * name, e-mail and password hash live in the {@code people} collection, outside the log, so that a
 * person can be erased.
 */
public record RegisterPersonCommand(@TargetAggregateIdentifier String cooperationId, String personId, String organisationId) {
}
