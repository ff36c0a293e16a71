package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Moves a meeting that has not started to another date, time or place (all given again).
 */
public record MoveMeetingCommand(@TargetAggregateIdentifier String meetingId, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
                                 String videoLink) {
}
