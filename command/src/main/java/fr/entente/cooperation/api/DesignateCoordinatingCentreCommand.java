package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Designates the member centre that coordinates the cooperation (the "centre coordonnateur"), by its
 * department code.
 */
public record DesignateCoordinatingCentreCommand(@TargetAggregateIdentifier String cooperationId, String departmentCode) {
}
