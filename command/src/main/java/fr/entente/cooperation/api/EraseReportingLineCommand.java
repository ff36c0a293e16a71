package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A body no longer reports to another: the other's members stop reading what it publishes. */
public record EraseReportingLineCommand(@TargetAggregateIdentifier String cooperationId, String bodyId,
                                        String reportsToBodyId) {
}
