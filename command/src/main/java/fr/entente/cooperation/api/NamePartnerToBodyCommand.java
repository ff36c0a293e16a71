package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Names a partner organisation to a body: its people may then sit in it (partners sit only in the
 * bodies they are named to). Naming it again changes nothing.
 */
public record NamePartnerToBodyCommand(@TargetAggregateIdentifier String cooperationId, String bodyId, String organisationId) {
}
