package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Says that a body reports to another (the working group to the technical committee, seed 001, art. 3.2 and 3.3):
 * the members of {@code reportsToBodyId} then read the minutes {@code bodyId} publishes and its record of proposals.
 * Drawing it again changes nothing.
 */
public record DrawReportingLineCommand(@TargetAggregateIdentifier String cooperationId, String bodyId,
                                       String reportsToBodyId) {
}
