package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * The yearly rotation of the cooperation's presidency among its member centres (seed 001, art. 3.2): the centre of
 * {@code departmentCodes[0]} presides in {@code firstYear}, the next one the year after, and so on, starting again
 * with the first. Every member centre takes its turn, once per round. The technical committee is led by the director
 * of the presiding centre.
 */
public record SetPresidencyRotationCommand(@TargetAggregateIdentifier String cooperationId, Integer firstYear,
                                           List<String> departmentCodes) {
}
