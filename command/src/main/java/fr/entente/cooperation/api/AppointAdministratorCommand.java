package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Makes a registered person of a member centre an administrator of the cooperation. Appointing an
 * administrator again changes nothing.
 */
public record AppointAdministratorCommand(@TargetAggregateIdentifier String cooperationId, String personId) {
}
