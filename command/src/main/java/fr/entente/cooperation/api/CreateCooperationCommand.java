package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates the cooperation of a region, for example "Hauts-de-France". */
public record CreateCooperationCommand(@TargetAggregateIdentifier String cooperationId, String name, String region) {
}
