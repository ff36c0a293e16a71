package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a partner organisation (the CNFPT, the Région, FRAMEL…) under an identifier chosen by the
 * caller, such as "cnfpt": lower-case letters, digits and dashes.
 */
public record AddPartnerOrganisationCommand(@TargetAggregateIdentifier String cooperationId, String organisationId, String name) {
}
