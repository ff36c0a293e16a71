package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Withdraws a person's administration of the cooperation, unless they are its last administrator.
 * Revoking a person who does not administer changes nothing.
 */
public record RevokeAdministratorCommand(@TargetAggregateIdentifier String cooperationId, String personId) {
}
