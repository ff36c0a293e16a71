package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a Centre de Gestion to a cooperation. A centre is known by the code of its département
 * ("59", "2A", "974"), unique within the cooperation.
 */
public record AddMemberCentreCommand(@TargetAggregateIdentifier String cooperationId, String departmentCode, String name) {
}
